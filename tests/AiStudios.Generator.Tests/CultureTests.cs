using System.Globalization;
using System.Linq;
using System.Threading;
using AiStudios.Generator.Tests.Infrastructure;

namespace AiStudios.Generator.Tests
{
    /// <summary>The compiler may run in any culture; the emitted code must not depend on it.</summary>
    public class CultureTests
    {
        [Theory]
        [InlineData("fi-FI")]
        [InlineData("ar-SA")]
        [InlineData("de-DE")]
        public void Output_is_identical_in_every_culture(string culture)
        {
            string[] Generate() => GeneratorHarness.Run(
                    GeneratorHarness.EmptyCompilation(),
                    GeneratorHarness.Schema(GeneratorHarness.SchemaText),
                    GeneratorHarness.Catalog(GeneratorHarness.CatalogText))
                .Result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();

            string[] invariant = Generate();
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(invariant, Generate());
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
