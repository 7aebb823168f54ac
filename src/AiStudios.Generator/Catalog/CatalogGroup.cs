using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiStudios.Generator.Diagnostics;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Catalog
{
    /// <summary>
    /// The catalog files that fill one C# class (same namespace and class name), merged: a project
    /// may split its avatars over several files. An avatar listed in two files is AIS9008 at the later one.
    /// </summary>
    internal sealed class CatalogGroup
    {
        private CatalogGroup(CatalogModel model, string sourceNames, List<DiagnosticInfo> diagnostics)
        {
            Model = model;
            SourceNames = sourceNames;
            Diagnostics = diagnostics;
        }

        public CatalogModel Model { get; }

        public string SourceNames { get; }

        public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

        public static IEnumerable<CatalogGroup> From(ImmutableArray<CatalogModel> catalogs)
        {
            IEnumerable<IGrouping<(string, string), CatalogModel>> groups = catalogs
                .OrderBy(m => m.SourcePath, System.StringComparer.Ordinal)
                .GroupBy(m => (m.Namespace, m.ClassName));
            foreach (IGrouping<(string, string), CatalogModel> group in groups)
            {
                var avatars = new List<AvatarInfo>();
                var diagnostics = new List<DiagnosticInfo>();
                foreach (CatalogModel catalog in group)
                {
                    foreach (AvatarInfo avatar in catalog.Avatars)
                    {
                        if (avatars.Any(a => a.Name == avatar.Name))
                        {
                            diagnostics.Add(new DiagnosticInfo(
                                DiagnosticDescriptors.InvalidCatalog.Id,
                                new[] { $"the avatar '{avatar.Id}' is already listed by another catalog file of {group.Key.Item1}.{group.Key.Item2}" }.ToEquatableArray(),
                                LocationInfo.StartOf(catalog.SourcePath)));
                            continue;
                        }

                        avatars.Add(avatar);
                    }
                }

                CatalogModel first = group.First();
                string names = string.Join(", ", group.Select(c => System.IO.Path.GetFileName(c.SourcePath)));
                yield return new CatalogGroup(first with { Avatars = avatars.ToEquatableArray(), IsComplete = group.Any(c => c.IsComplete) }, names, diagnostics);
            }
        }
    }
}
