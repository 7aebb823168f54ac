using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiStudios.Emulator.Editing;

/// <summary>
/// How many scenes an uploaded presentation becomes (<c>POST /editor/project/pptpdf</c>: one scene per slide). The
/// emulator converts nothing; it counts: a PDF's page objects (<c>/Type /Page</c>, at least 1: pages inside compressed
/// object streams are not seen), a PPTX's <c>ppt/slides/slideN.xml</c> entries (the zip's directory only, nothing is
/// decompressed), and a legacy PPT as one page (its binary format is not read). The file's first bytes must match its
/// extension.
/// </summary>
internal static partial class PresentationPages
{
    /// <summary>The most pages the emulator converts; more is refused.</summary>
    public const int MaxPages = 200;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The page count, or why the file is refused.</summary>
    public static (int Pages, string? Problem) Count(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var span = bytes.AsSpan();
        var (pages, problem) = extension switch
        {
            ".pdf" => span.StartsWith(PdfMagic) ? (Math.Max(1, PdfPages().Count(System.Text.Encoding.Latin1.GetString(bytes))), null) : (0, "is not a PDF (it does not start with %PDF-)"),
            ".pptx" => span.StartsWith(ZipMagic) ? PptxSlides(bytes) : (0, "is not a PPTX (it is not a zip archive)"),
            ".ppt" => span.StartsWith(OleMagic) ? (1, null) : (0, "is not a PPT (it is not an OLE compound file)"),
            _ => (0, "is not a .pdf, .pptx or .ppt file"),
        };

        if (problem is null && pages > MaxPages)
        {
            problem = $"has {pages} pages; the emulator converts at most {MaxPages}";
        }

        return (pages, problem is null ? null : $"The file \"{Http.SafeText.Of(fileName, 100)}\" {problem}.");
    }

    private static (int, string?) PptxSlides(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var slides = zip.Entries.Count(e => PptxSlide().IsMatch(e.FullName));
            return slides > 0 ? (slides, null) : (0, "has no slides (no ppt/slides/slideN.xml)");
        }
        catch (InvalidDataException)
        {
            return (0, "is not a readable zip archive");
        }
    }

    // A page object: "/Type /Page" (any whitespace, or none), not "/Pages".
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PdfPages();

    [GeneratedRegex(@"^ppt/slides/slide[0-9]+\.xml$")]
    private static partial Regex PptxSlide();
}
