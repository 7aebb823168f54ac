using AiStudios.Testing;
using Xunit;

namespace SnapshotTests
{
    /// <summary>
    /// Each test keeps its payload in VideoSnapshotTests.{Test}.verified.json beside this file. A
    /// change to a video fails here with the JSON paths and values that moved; accept an intended
    /// change with AISTUDIOS_ACCEPT=1 dotnet test and commit the verified file.
    /// </summary>
    public class VideoSnapshotTests
    {
        [Fact]
        public void Quarterly_update()
        {
            AiStudiosSnapshot.Verify(Videos.QuarterlyUpdate("Q3"));
        }

        [Fact]
        public void Product_teaser()
        {
            AiStudiosSnapshot.Verify(Videos.ProductTeaser("Rocket"));
        }
    }
}
