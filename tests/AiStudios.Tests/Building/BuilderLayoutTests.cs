using AiStudios.Validation.Rules;

namespace AiStudios.Tests.Building
{
    /// <summary>The layering both the builder and the analyzers use (AiStudios.Rules), on plain values.</summary>
    public class BuilderLayoutTests
    {
        [Fact]
        public void Unset_layers_follow_call_order_and_skip_layers_set_on_later_clips()
        {
            Assert.Equal(new int?[] { 1, 3, 2, 4 }, BuilderLayout.AssignLayers(new int?[] { null, null, 2, null }));
        }

        [Fact]
        public void A_clip_after_one_on_the_top_layer_has_no_free_layer()
        {
            Assert.Equal(new int?[] { int.MaxValue, null, 5 }, BuilderLayout.AssignLayers(new int?[] { int.MaxValue, null, 5 }));
        }

        [Fact]
        public void Only_a_clip_with_neither_width_nor_height_is_sized_by_Build()
        {
            Assert.True(BuilderLayout.IsUnsized(0, 0));
            Assert.False(BuilderLayout.IsUnsized(0, 10));
            Assert.Equal(630.25, BuilderLayout.ForAvatar(679, 2229, 630.25, null, "landscape")!.Value.Left);
            Assert.Equal(0, BuilderLayout.ForAvatar(679, 2229, 630.25, null, "landscape")!.Value.Top);
        }

        [Fact]
        public void An_avatar_of_unknown_size_takes_the_size_and_placement_of_the_published_examples_avatar()
        {
            // The stand-in is the SDK catalog's first avatar (schema/avatars.json): M000045058 in BG00002320.
            Assert.Equal(new[] { 679d, 2229d }, new[] { BuilderLayout.StandIn!.Width!.Value, BuilderLayout.StandIn.Height!.Value });
            DefaultGeometry landscape = BuilderLayout.ForAvatar(null, null, null, null, "landscape")!.Value;
            DefaultGeometry portrait = BuilderLayout.ForAvatar(null, null, 10, 20, "portrait")!.Value;

            Assert.Equal((679d, 2229d, 630.2493927359487, 144.5979042385424), (landscape.Width, landscape.Height, landscape.Left, landscape.Top));
            Assert.Equal((679d, 2229d, 438.15, 1100d), (portrait.Width, portrait.Height, portrait.Left, portrait.Top));
        }
    }
}
