using System;
using System.IO;
using System.Threading.Tasks;

namespace AiStudios.Cli.Avatars
{
    /// <summary>
    /// Writes an avatar catalog file whole or not at all: into a hidden temporary file beside the target, which is
    /// moved onto the target only once complete. Without <c>overwrite</c> an existing file is refused, both before
    /// anything is fetched and at the move, so a file made meanwhile is not replaced either.
    /// </summary>
    internal static class CatalogFile
    {
        /// <summary>Refuses early (before any request) a target that exists or is a folder.</summary>
        public static void CheckWritable(string path, bool overwrite)
        {
            string full = FullPath(path);
            if (Directory.Exists(full))
            {
                throw new CliException(ExitCodes.Usage, $"{path} is a folder: name the catalog file, e.g. {Path.Combine(path, "account.avatars.json")}.");
            }

            if (!overwrite && File.Exists(full))
            {
                throw Exists(path);
            }
        }

        public static async Task<T> WriteAsync<T>(string path, bool overwrite, Func<Stream, Task<T>> write)
        {
            CheckWritable(path, overwrite);
            string full = FullPath(path);
            string folder = Path.GetDirectoryName(full)!;
            string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part");
            bool moved = false;
            try
            {
                Directory.CreateDirectory(folder);
                T result;
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
                {
                    result = await write(file);
                    await file.FlushAsync();
                }

                try
                {
                    File.Move(temporary, full, overwrite);
                }
                catch (IOException) when (!overwrite && File.Exists(full))
                {
                    throw Exists(path);
                }

                moved = true;
                return result;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new CliException(ExitCodes.Usage, $"{path}: cannot be written ({e.Message})");
            }
            finally
            {
                if (!moved)
                {
                    TryDelete(temporary);
                }
            }
        }

        private static string FullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw new CliException(ExitCodes.Usage, $"{path}: not a usable file name ({e.Message})");
            }
        }

        private static CliException Exists(string path) =>
            new CliException(ExitCodes.Usage, $"{path} already exists: pass --force to replace it.");

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover hidden .part file is harmless; the target is untouched.
            }
        }
    }
}
