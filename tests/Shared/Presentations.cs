using System.IO;
using System.IO.Compression;
using System.Text;

namespace AiStudios.Testing
{
    /// <summary>Small presentation files for the PDF/PPT import tests, made in memory.</summary>
    public static class Presentations
    {
        /// <summary>A minimal PDF with <paramref name="pages"/> page objects (and the page tree, which must not count).</summary>
        public static byte[] Pdf(int pages)
        {
            var text = new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count ")
                .Append(pages).Append(" >>\nendobj\n");
            for (int i = 0; i < pages; i++)
            {
                // Both spellings the PDF syntax allows: with and without blanks between the names.
                text.Append(3 + i).Append(i % 2 == 0 ? " 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n" : " 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n");
            }

            return Encoding.ASCII.GetBytes(text.Append("%%EOF\n").ToString());
        }

        /// <summary>A zip shaped like a PPTX with <paramref name="slides"/> slides (plus the parts that are not slides).</summary>
        public static byte[] Pptx(int slides)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                Add(zip, "[Content_Types].xml", "<Types/>");
                Add(zip, "ppt/presentation.xml", "<p:presentation/>");
                for (int i = 1; i <= slides; i++)
                {
                    Add(zip, $"ppt/slides/slide{i}.xml", "<p:sld/>");
                    Add(zip, $"ppt/slides/_rels/slide{i}.xml.rels", "<Relationships/>");
                }

                Add(zip, "ppt/slideLayouts/slideLayout1.xml", "<p:sldLayout/>");
            }

            return buffer.ToArray();
        }

        private static void Add(ZipArchive zip, string name, string content)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
    }
}
