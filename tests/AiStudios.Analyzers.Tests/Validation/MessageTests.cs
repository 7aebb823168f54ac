using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AiStudios.Validation;
using CsCheck;

namespace AiStudios.Analyzers.Tests.Validation
{
    /// <summary>What Validate() says reads well whatever the values: no "NaN to NaN", no 309-digit coordinates.</summary>
    public sealed class MessageTests
    {
        private static readonly double[] Extremes =
        {
            0, 1, -1, 0.5, 90, 180, 1e-300, -1e-300, 5e-324, 1e15, 1e16 + 2, 1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308, 123456.789,
        };

        [Fact]
        public void Geometry_messages_show_finite_short_numbers_for_any_finite_values()
        {
            Gen<double> value = Gen.Int[0, Extremes.Length - 1].Select(i => Extremes[i]);
            Gen<(double, double, double, double, double, double, double)> clips = Gen.Select(value, value, value, value, value, value, value);

            clips.Sample(((double Left, double Top, double Width, double Height, double ScaleX, double ScaleY, double Angle) c) =>
            {
                var project = new Project
                {
                    Orientation = Orientation.Landscape,
                    Scenes = { new Scene { SceneIndex = 0, Clips = { new ImageClip { Id = "i", SourceUrl = "/a.png", Left = c.Left, Top = c.Top, Width = c.Width, Height = c.Height, ScaleX = c.ScaleX, ScaleY = c.ScaleY, Angle = c.Angle, Layer = 1 } } } },
                };

                foreach (ValidationProblem problem in project.Validate())
                {
                    Assert.DoesNotContain("NaN", problem.Message);
                    Assert.DoesNotContain("infinity", problem.Message);
                    Assert.False(Regex.IsMatch(problem.Message, "[0-9]{25}"), problem.Message);
                }
            }, iter: 4000);
        }

        [Fact]
        public void A_clip_far_off_the_canvas_is_described_in_exponent_form()
        {
            var project = new Project
            {
                Orientation = Orientation.Landscape,
                Scenes = { new Scene { SceneIndex = 0, Clips = { new ImageClip { Id = "i", SourceUrl = "/a.png", Left = 1e308, Top = 0, Width = 100, Height = 100, Layer = 1 } } } },
            };

            ValidationProblem problem = Assert.Single(project.Validate().Errors);

            Assert.Equal("AIS0001", problem.RuleId);
            Assert.Contains("x 1E+308 to 1E+308", problem.Message);
        }

        [Fact]
        public void An_attribute_the_editor_does_not_write_is_reported_at_run_time_too()
        {
            Project project = Project.FromJson("{\"orientation\":\"landscape\",\"scenes\":[{\"sceneIdx\":0,\"clips\":[],\"scripts\":[{\"org\":\"<p onclick=\\\"x()\\\">Hi</p>\"}]}]}");

            ValidationProblem problem = Assert.Single(project.Validate(), p => p.RuleId == "AIS0010");

            Assert.Equal(ValidationSeverity.Warning, problem.Severity);
            Assert.Contains("the attribute 'onclick' on <p>", problem.Message);
        }
    }
}
