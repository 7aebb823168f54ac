using System;
using System.Linq;
using System.Xml.Linq;

namespace AiStudios.Testing
{
    /// <summary>Properties set once in the repository's Directory.Build.props.</summary>
    public static class RepoSettings
    {
        public static string Property(string name) =>
            XDocument.Load(RepoPaths.InRepo("Directory.Build.props")).Descendants(name).Select(e => e.Value).FirstOrDefault()
            ?? throw new InvalidOperationException($"Directory.Build.props sets no {name}");

        /// <summary>The page a diagnostic's help link must point to, built from RepositoryUrl.</summary>
        public static string HelpLink(string id) => Property("RepositoryUrl") + "/blob/main/docs/diagnostics/" + id + ".md";
    }
}
