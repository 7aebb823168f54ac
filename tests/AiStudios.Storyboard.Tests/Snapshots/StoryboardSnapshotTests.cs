using AiStudios.Tests.Storyboards.Infrastructure;

namespace AiStudios.Tests.Storyboards.Snapshots
{
    /// <summary>
    /// Storyboards pinned byte for byte in checked-in files (StoryboardSnapshotTests.*.verified.svg / .html):
    /// a change of drawing shows up as a diff of the SVG. Accept intended changes with AISTUDIOS_ACCEPT=1.
    /// </summary>
    public class StoryboardSnapshotTests
    {
        [Fact]
        public void Published_example()
        {
            Storyboard storyboard = SampleProjects.Seed().ToStoryboard();

            TextSnapshot.Verify(Assert.Single(storyboard.Scenes).Svg, "svg");
        }

        [Fact]
        public void Showcase_scene_with_every_drawn_kind()
        {
            TextSnapshot.Verify(SampleProjects.Showcase().ToStoryboard().Scenes[0].Svg, "svg");
        }

        [Fact]
        public void Showcase_scene_with_clips_off_the_canvas()
        {
            TextSnapshot.Verify(SampleProjects.Showcase().ToStoryboard().Scenes[1].Svg, "svg");
        }

        [Fact]
        public void Showcase_page()
        {
            TextSnapshot.Verify(SampleProjects.Showcase().ToStoryboard().Html, "html");
        }

        [Fact]
        public void Safe_areas()
        {
            Storyboard storyboard = SampleProjects.PixelProbe().ToStoryboard(new StoryboardOptions { ShowSafeAreas = true });

            TextSnapshot.Verify(storyboard.Scenes[0].Svg, "svg");
        }
    }
}
