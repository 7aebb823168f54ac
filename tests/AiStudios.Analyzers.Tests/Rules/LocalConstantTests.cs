using System.Threading.Tasks;
using AiStudios.Analyzers.Tests.Infrastructure;

namespace AiStudios.Analyzers.Tests.Rules
{
    /// <summary>
    /// "A local assigned once from a constant" is read as that constant only when nothing else in
    /// the local's scope can change it; otherwise the value is unknown and nothing is reported.
    /// </summary>
    public sealed class LocalConstantTests
    {
        // Helpers the snippets call: the last statement of a snippet opens this method, Snippets closes it.
        private const string Helpers = @"
    }

    private static void Set(ref int value) => value = 10;
    private static void Peek(in int value) { }
    private static void Reset(this ref int value) => value = 10;
    private static int Twice(int value) => value * 2;

    private static void Unused()
    {";

        [Theory]
        [InlineData("(x, _) = (10, 0);")]
        [InlineData("((x, _), _) = ((10, 0), 0);")]
        [InlineData("x -= 4990;")]
        [InlineData("x++;")]
        [InlineData("--x;")]
        [InlineData("Set(ref x);")]
        [InlineData("int.TryParse(\"10\", out x);")]
        [InlineData("Peek(in x);")]
        [InlineData("Peek(x);")]
        [InlineData("System.Runtime.CompilerServices.Unsafe.AsRef(in x) = 10;")]
        [InlineData("TypedReference alias = __makeref(x); __refvalue(alias, int) = 10;")]
        [InlineData("x.Reset();")]
        [InlineData("ref int alias = ref x; alias = 10;")]
        [InlineData("Action reset = () => x = 10; reset();")]
        [InlineData("Reset(); void Reset() => (x, _) = (10, 0);")]
        [InlineData("if (Environment.TickCount > 0) { x = 10; }")]
        public Task A_local_written_after_its_initializer_is_not_read(string write) => Verify.AnalyzersAsync(Snippets.Method(
            $@"var x = 5000;
        {write}
        Video.Landscape().Scene(s => s.Text(""T"", t => t.Position(x, 0).Size(100, 100))).Build();{Helpers}"));

        [Fact]
        public Task A_local_only_read_is_read_as_its_constant() => Verify.AnalyzersAsync(Snippets.Method(
            $@"var x = 5000;
        Console.WriteLine(x);
        var (a, b) = (x, x + 1);
        int y = Twice(x);
        Func<int> later = () => x;
        Video.Landscape().Scene(s => s.{{|AIS0001:Text|}}(""T"", t => t.Position(x, 0).Size(100, 100))).Build();{Helpers}"));

        [Fact]
        public Task A_nullable_local_is_read_as_its_constant() => Verify.AnalyzersAsync(Snippets.Method(
            @"int? opacity = 150;
        var clip = new ImageClip { Id = ""a"", SourceUrl = ""/a.png"", Width = 10, Height = 10, Opacity = {|AIS0004:opacity|} };"));

        [Fact]
        public Task A_local_declared_in_one_switch_section_and_assigned_in_another_is_not_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"switch (Environment.TickCount % 2)
        {
            case 0:
                var x = 5000;
                Video.Landscape().Scene(s => s.Text(""T"", t => t.Position(x, 0).Size(100, 100))).Build();
                break;
            default:
                x = 10;
                Video.Landscape().Scene(s => s.Text(""T"", t => t.Position(x, 0).Size(100, 100))).Build();
                break;
        }"));

        [Fact]
        public Task A_local_declared_in_a_switch_section_and_only_read_is_read() => Verify.AnalyzersAsync(Snippets.Method(
            @"switch (Environment.TickCount % 2)
        {
            case 0:
                var x = 5000;
                Video.Landscape().Scene(s => s.{|AIS0001:Text|}(""T"", t => t.Position(x, 0).Size(100, 100))).Build();
                break;
            default:
                Console.WriteLine();
                break;
        }"));

        [Fact]
        public Task A_top_level_local_written_by_a_local_function_is_not_read() => Verify.ProgramAsync(
            @"using AiStudios;

var x = 5000;
var y = 5000;
Reset();
Video.Landscape().Scene(s => s.Text(""T"", t => t.Position(x, 0).Size(100, 100))).Build();
Video.Landscape().Scene(s => s.{|AIS0001:Text|}(""T"", t => t.Position(y, 0).Size(100, 100))).Build();

void Reset() => (x, _) = (10, 0);
");
    }
}
