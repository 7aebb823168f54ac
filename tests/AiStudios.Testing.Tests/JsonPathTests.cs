using System.Collections.Generic;
using AiStudios.Testing.Json;

namespace AiStudios.Testing.Tests
{
    /// <summary>The JSON paths of scrubbers and ignored paths.</summary>
    public sealed class JsonPathTests
    {
        private static IReadOnlyList<PathSegment> Path(params object[] segments)
        {
            var path = new List<PathSegment>();
            foreach (object segment in segments)
            {
                path.Add(segment is int index ? PathSegment.Index(index) : PathSegment.Property((string)segment));
            }

            return path;
        }

        [Theory]
        [InlineData("$.scenes[0].clips[1].left", true)]
        [InlineData("scenes[0].clips[1].left", true)]
        [InlineData("$.scenes[*].clips[*].left", true)]
        [InlineData("$..left", true)]
        [InlineData("$..clips[1].left", true)]
        [InlineData("$..[1].left", true)]
        [InlineData("$.scenes[0].*[1].*", true)]
        [InlineData("$['scenes'][0][\"clips\"][1]['left']", true)]
        [InlineData("$.scenes[0].clips[0].left", false)]
        [InlineData("$.scenes[0].clips[1]", false)]
        [InlineData("$..top", false)]
        [InlineData("$.left", false)]
        [InlineData("$.scenes.clips.left", false)]
        public void Patterns_select_the_paths_they_name(string pattern, bool matches)
        {
            Assert.Equal(matches, JsonPathPattern.Parse(pattern).Matches(Path("scenes", 0, "clips", 1, "left")));
        }

        [Fact]
        public void Names_that_are_not_plain_are_written_and_read_in_brackets()
        {
            IReadOnlyList<PathSegment> path = Path("a.b", "it's", 2, "source_url", "x-y");

            string text = PathSegment.Format(path);

            Assert.Equal("$['a.b']['it\\'s'][2].source_url.x-y", text);
            Assert.True(JsonPathPattern.Parse(text).Matches(path));
        }

        [Theory]
        [InlineData("")]
        [InlineData("$.")]
        [InlineData("$..")]
        [InlineData("$[")]
        [InlineData("$[-1]")]
        [InlineData("$['open]")]
        [InlineData("$x")]
        public void Malformed_patterns_are_refused(string pattern)
        {
            Assert.Throws<System.ArgumentException>(() => JsonPathPattern.Parse(pattern));
        }
    }
}
