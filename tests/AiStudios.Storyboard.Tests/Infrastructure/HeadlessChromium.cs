using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace AiStudios.Tests.Storyboards.Infrastructure
{
    /// <summary>
    /// Debian's <c>chromium</c> package, run headless to screenshot a file. Tests that need it skip,
    /// naming the package, where it is not installed; <c>.ci/run</c> installs it.
    /// </summary>
    public static class HeadlessChromium
    {
        public const string Executable = "/usr/bin/chromium";

        public const string SkipReason = "Needs a real browser: install Debian's package 'chromium' (apt-get install -y chromium; .ci/run does) for " + Executable + ".";

        public static bool IsInstalled => File.Exists(Executable);

        /// <summary>Screenshots <paramref name="file"/> in a window of exactly its size, at one device pixel per px.</summary>
        public static async Task<PngImage> ScreenshotAsync(string file, int width, int height)
        {
            string work = Path.Combine(Path.GetTempPath(), "aistudios-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                string png = Path.Combine(work, "screenshot.png");
                var start = new ProcessStartInfo(Executable)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string argument in new[]
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                    "--force-device-scale-factor=1", "--user-data-dir=" + Path.Combine(work, "profile"),
                    $"--window-size={width},{height}", "--screenshot=" + png, new Uri(file).AbsoluteUri,
                })
                {
                    start.ArgumentList.Add(argument);
                }

                using Process process = Process.Start(start)!;
                Task<string> output = process.StandardOutput.ReadToEndAsync();
                Task<string> errors = process.StandardError.ReadToEndAsync();
                Task exited = process.WaitForExitAsync();
                if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(60))) != exited)
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("chromium did not finish its screenshot within 60 s.");
                }

                if (!File.Exists(png))
                {
                    throw new InvalidOperationException($"chromium exited with {process.ExitCode} and wrote no screenshot:\n{await output}\n{await errors}");
                }

                return PngImage.Read(await File.ReadAllBytesAsync(png));
            }
            finally
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    // A browser helper may still hold the profile for a moment; the temp folder is cleaned later.
                }
            }
        }
    }
}
