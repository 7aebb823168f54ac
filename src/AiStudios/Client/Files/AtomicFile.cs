using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Client.Files
{
    /// <summary>
    /// Writes a file whole or not at all: the bytes go to a temporary file in the same folder, which replaces the
    /// target only once it is complete. A failed or cancelled write leaves an existing file as it was, and no
    /// temporary file behind.
    /// </summary>
    internal static class AtomicFile
    {
        public static async Task<T> WriteAsync<T>(string path, int bufferSize, Func<Stream, Task<T>> write)
        {
            string full = Path.GetFullPath(path);
            string? folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            string temporary = Path.Combine(folder ?? string.Empty, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".part");
            bool complete = false;
            try
            {
                T result;
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize, useAsync: true))
                {
                    result = await write(file).ConfigureAwait(false);
                    await file.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }

                MoveOver(temporary, full);
                complete = true;
                return result;
            }
            finally
            {
                if (!complete)
                {
                    TryDelete(temporary);
                }
            }
        }

        private static void MoveOver(string source, string target)
        {
#if NETCOREAPP3_0_OR_GREATER
            File.Move(source, target, overwrite: true);
#else
            if (File.Exists(target))
            {
                File.Replace(source, target, null);
            }
            else
            {
                File.Move(source, target);
            }
#endif
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
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
