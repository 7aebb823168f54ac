using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiStudios.Generator.Model
{
    /// <summary>A place in a schema file, as plain values (a Roslyn <see cref="Location"/> is not cacheable).</summary>
    internal sealed record LocationInfo(string FilePath, int Offset, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>A span of <paramref name="length"/> characters on one line of a file.</summary>
        public static LocationInfo At(string filePath, Json.TextPosition position, int length) =>
            new LocationInfo(filePath, position.Offset, length, position.Line, position.Column, position.Line, position.Column + length);

        /// <summary>The start of a file, for problems of the file as a whole.</summary>
        public static LocationInfo StartOf(string filePath) => new LocationInfo(filePath, 0, 0, 1, 1, 1, 1);

        /// <summary>Builds the Roslyn location; lines and columns are stored 1-based, Roslyn wants 0-based.</summary>
        public Location ToLocation() => Location.Create(
            FilePath,
            new TextSpan(Offset, Length),
            new LinePositionSpan(new LinePosition(StartLine - 1, StartColumn - 1), new LinePosition(EndLine - 1, EndColumn - 1)));
    }

    /// <summary>A diagnostic to report, as plain values: the descriptor's id, its message arguments and a place.</summary>
    internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
    {
        /// <summary>
        /// AIS9999 for an exception of ours while reading or emitting <paramref name="path"/>: a bug of
        /// the generator must not take the user's build down with an exception.
        /// </summary>
        public static DiagnosticInfo InternalError(string path, Exception e) => new DiagnosticInfo(
            Diagnostics.DiagnosticDescriptors.InternalError.Id,
            new[] { System.IO.Path.GetFileName(path), e.GetType().Name + ": " + e.Message }.ToEquatableArray(),
            LocationInfo.StartOf(path));

        public Diagnostic ToDiagnostic()
        {
            DiagnosticDescriptor descriptor = Diagnostics.DiagnosticDescriptors.Find(Id);
            object[] args = new object[Arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
        }
    }
}
