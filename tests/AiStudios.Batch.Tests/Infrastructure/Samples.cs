using AiStudios.Batch.Templates;

namespace AiStudios.Batch.Tests.Infrastructure;

/// <summary>Templates the tests render rows into.</summary>
public static class Samples
{
    /// <summary>A greeting: a title clip and a logo found by tag, the speech and the name with placeholders.</summary>
    public static Project Greeting() =>
        Video.Landscape()
            .Name("Welcome {{first_name}}")
            .Scene(s => s
                .Avatar("M000045058")
                .Script("Hello {{first_name}}, welcome aboard!")
                .Text("Title goes here", t => t.Tag("title").Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff"))
                .Image("https://cdn.example.com/default-logo.png", i => i.Tag("logo").Position(1500, 40).Size(300, 150)))
            .Build();

    public static BatchTemplate GreetingTemplate() => BatchTemplate.FromProject(Greeting(), "greeting.json");

    public static BatchMapping GreetingMapping(string? key = "email")
    {
        var mapping = new BatchMapping { KeyColumn = key };
        mapping.Clips["title"] = "headline";
        mapping.Clips["logo"] = "logo_url";
        return mapping;
    }

    /// <summary>A CSV of <paramref name="rows"/> people for <see cref="Greeting"/>.</summary>
    public static string People(int rows)
    {
        var csv = new System.Text.StringBuilder("email,first_name,headline,logo_url\n");
        for (int i = 1; i <= rows; i++)
        {
            csv.Append($"p{i}@example.com,Person {i},Welcome number {i},https://cdn.example.com/logo-{i}.png\n");
        }

        return csv.ToString();
    }
}
