using System.Text;

namespace AiStudios
{
    /// <summary>Turns plain speech into the markup the service expects.</summary>
    internal static class ScriptText
    {
        /// <summary><c>Tom &amp; Jerry &lt;3</c> becomes <c>&lt;p&gt;Tom &amp;amp; Jerry &amp;lt;3&lt;/p&gt;</c>; each line its own paragraph.</summary>
        public static string FromPlainText(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
            {
                builder.Append("<p>");
                foreach (char c in line)
                {
                    switch (c)
                    {
                        case '&': builder.Append("&amp;"); break;
                        case '<': builder.Append("&lt;"); break;
                        case '>': builder.Append("&gt;"); break;
                        case '"': builder.Append("&quot;"); break;
                        default: builder.Append(c); break;
                    }
                }

                builder.Append("</p>");
            }

            return builder.ToString();
        }
    }
}
