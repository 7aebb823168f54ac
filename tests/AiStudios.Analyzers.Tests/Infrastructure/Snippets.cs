namespace AiStudios.Analyzers.Tests.Infrastructure
{
    /// <summary>Wraps the body of a test in a compilable class, so each test shows only what matters.</summary>
    internal static class Snippets
    {
        /// <summary>A class whose <c>Build()</c> returns <paramref name="expression"/> (a builder chain or an initializer).</summary>
        public static string Project(string expression) => $@"using System;
using System.Collections.Generic;
using AiStudios;

public static class Sample
{{
    public static Project Build() =>
        {expression};
}}
";

        /// <summary>A class with one method holding <paramref name="statements"/>.</summary>
        public static string Method(string statements) => $@"using System;
using System.Collections.Generic;
using AiStudios;

public static class Sample
{{
    public static void Run()
    {{
        {statements}
    }}
}}
";
    }
}
