using System;
using System.IO;

namespace AiStudios.Testing.Tests.Infrastructure
{
    /// <summary>A folder of its own for one test, deleted afterwards: snapshots never land in the repository.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aistudios-testing-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Where a test file "VideoTests.cs" of this folder would be: the caller path Verify is given.</summary>
        public string TestFile => System.IO.Path.Combine(Path, "VideoTests.cs");

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
