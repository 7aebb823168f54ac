using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Testing.Files
{
    /// <summary>
    /// Writes a file whole or not at all: to a unique temporary file beside it, then renamed over it.
    /// A reader (the other target framework's test run, a diff tool, git) never sees half a snapshot,
    /// and two writers of the same content cannot interleave.
    /// </summary>
    internal static class AtomicFile
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static void WriteAllText(string path, string text)
        {
            string temporary = TemporaryPathFor(path);
            try
            {
                File.WriteAllBytes(temporary, Utf8NoBom.GetBytes(text));
                Replace(temporary, path);
            }
            finally
            {
                TryDelete(temporary);
            }
        }

        public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
        {
            string temporary = TemporaryPathFor(path);
            try
            {
                byte[] bytes = Utf8NoBom.GetBytes(text);
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
                {
                    await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
                }

                Replace(temporary, path);
            }
            finally
            {
                TryDelete(temporary);
            }
        }

        /// <summary>The text of the file, or null when there is none.</summary>
        public static string? ReadAllText(string path)
        {
            try
            {
                return Utf8NoBom.GetString(File.ReadAllBytes(path));
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
        }

        public static async Task<string?> ReadAllTextAsync(string path, CancellationToken cancellationToken)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
                return Utf8NoBom.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (DirectoryNotFoundException)
            {
                return null;
            }
        }

        public static void Delete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        private static string TemporaryPathFor(string path)
        {
            // "*.received.*" is what users (and this repository) ignore in git: a file left by a
            // killed test run must not show up as a change.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return path + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".received.tmp";
        }

        private static void Replace(string temporary, string path)
        {
#if NET
            File.Move(temporary, path, overwrite: true);
#else
            // .NET Standard 2.0 has no File.Move(..., overwrite): rename onto a free name, or replace.
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    if (File.Exists(path))
                    {
                        File.Replace(temporary, path, destinationBackupFileName: null);
                    }
                    else
                    {
                        File.Move(temporary, path);
                    }

                    return;
                }
                catch (Exception e) when ((e is IOException || e is FileNotFoundException) && attempt < 3)
                {
                    // Another writer created or removed the file between the check and the rename.
                }
            }
#endif
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
