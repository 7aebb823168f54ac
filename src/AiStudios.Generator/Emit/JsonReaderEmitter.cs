using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>
    /// Emits the reflection-free reader of a class: a loop over Utf8JsonReader tokens that
    /// matches property names by length and UTF-8 bytes, reads each value into a local, keeps
    /// what it cannot type as raw JSON, and builds the object once at the end, so a failure
    /// never leaves a half-filled object behind.
    /// </summary>
    internal static class JsonReaderEmitter
    {
        private const string Support = "global::AiStudios.Serialization.JsonReadSupport";
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string TokenType = "global::System.Text.Json.JsonTokenType";

        /// <summary>
        /// Emits <c>ReadJson</c> for a concrete class. Its own properties are matched inline; those
        /// of its bases (and its own, when classes derive from it) go through the base's read state,
        /// so each property's reading code is emitted once, in the class that declares it.
        /// </summary>
        public static void EmitReader(SourceWriter writer, SchemaIndex index, ObjectModel model, UnionModel? fallbackOf)
        {
            string typeName = fallbackOf?.FallbackName ?? model.Name;
            string hide = model.BaseName is not null || fallbackOf is not null ? "new " : string.Empty;

            // A class others derive from reads its own properties through its state too.
            ObjectModel? stateOwner = index.HasDerived(model) ? model : index.Base(model);
            IReadOnlyList<PropertyModel> inline = stateOwner == model ? new PropertyModel[0] : model.Properties.ToList();
            List<(PropertyModel Property, string Access)> inherited = stateOwner is null ? new List<(PropertyModel, string)>() : StateFields(index, stateOwner, "inherited");
            UnionModel? union = fallbackOf is not null ? (ReadsInOnePass(index, fallbackOf) ? fallbackOf : null) : MemberOf(index, model);
            string keep = fallbackOf is not null ? " { KeepDiscriminator = true }" : string.Empty;

            writer.Line($"/// <summary>Reads the {typeName} at the reader's position (an object); leaves the reader on its end.</summary>");
            if (union is not null)
            {
                // A kind of a union: the union's reader may have read its first properties already,
                // so the whole read is the second overload, and this one starts it from nothing.
                using (writer.Block($"internal static {hide}{index.Global(typeName)} ReadJson(ref {Reader} reader)"))
                {
                    writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(typeName)});");
                    writer.Line($"{StateType(index, stateOwner!)} inherited = new {StateType(index, stateOwner!)}(){keep};");
                    writer.Line("return ReadJson(ref reader, reader.TokenStartIndex, ref inherited, null, resume: false, default);");
                }

                writer.Line();
                writer.Line($"/// <summary>");
                writer.Line($"/// Reads a {typeName} on from where the {union.Name} reader stopped: <paramref name=\"inherited\"/> and <paramref name=\"unknown\"/>");
                writer.Line($"/// hold what it read; with <paramref name=\"resume\"/>, the reader is on the value of <paramref name=\"resumeName\"/>, read next.");
                writer.Line($"/// </summary>");
                writer.Line($"internal static {index.Global(typeName)} ReadJson(ref {Reader} reader, long objectStart, ref {StateType(index, stateOwner!)} inherited, {ModelEmitter.AdditionalType}? unknown, bool resume, scoped global::System.ReadOnlySpan<byte> resumeName)");
                writer.OpenBrace();
            }
            else
            {
                writer.Line($"internal static {hide}{index.Global(typeName)} ReadJson(ref {Reader} reader)");
                writer.OpenBrace();
                writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(typeName)});");
                writer.Line("long objectStart = reader.TokenStartIndex;");
            }

            foreach (PropertyModel property in inline)
            {
                writer.Line($"{LocalType(index, property)} {Local(property)} = default;");
            }

            if (inline.Count > 0)
            {
                writer.Line($"ulong {string.Join(" = 0, ", SeenWords("seen", inline.Count))} = 0; // one bit per property read: a name given twice is refused");
            }

            if (union is null)
            {
                if (stateOwner is not null)
                {
                    writer.Line($"{StateType(index, stateOwner)} inherited = new {StateType(index, stateOwner)}(){keep};");
                }

                writer.Line($"{ModelEmitter.AdditionalType}? unknown = null;");
                using (writer.Block("while (reader.Read() && reader.TokenType != " + TokenType + ".EndObject)"))
                {
                    writer.Line($"global::System.ReadOnlySpan<byte> propertyName = {Support}.PropertyName(ref reader);");
                    writer.Line("reader.Read();");
                    EmitPropertyDispatch(writer, index, inline, stateOwner);
                }
            }
            else
            {
                using (writer.Block("while (resume || (reader.Read() && reader.TokenType != " + TokenType + ".EndObject))"))
                {
                    writer.Line("scoped global::System.ReadOnlySpan<byte> propertyName;");
                    using (writer.Block("if (resume)"))
                    {
                        writer.Line("propertyName = resumeName;");
                        writer.Line("resume = false;");
                    }

                    using (writer.Block("else"))
                    {
                        writer.Line($"propertyName = {Support}.PropertyName(ref reader);");
                        writer.Line("reader.Read();");
                    }

                    writer.Line();
                    EmitPropertyDispatch(writer, index, inline, stateOwner);
                }
            }

            writer.Line();
            string ctorArgs = string.Empty;
            if (fallbackOf is not null)
            {
                (PropertyModel discriminator, string access) = inherited.First(f => f.Property.IsDiscriminator);
                ctorArgs = $"{access} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(discriminator.JsonName)})";
            }

            // Required values go in the initializer (C# 'required'); the state sets the rest after.
            writer.Line($"var result = new {index.Global(typeName)}({ctorArgs})");
            writer.OpenBrace();
            foreach ((PropertyModel property, string access) in inherited.Where(f => !f.Property.IsDiscriminator && SchemaIndex.IsRequiredNonNull(f.Property)))
            {
                writer.Line($"{property.Name} = {access} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(property.JsonName)}),");
            }

            foreach (PropertyModel property in inline)
            {
                writer.Line($"{property.Name} = {Assignment(property)},");
            }

            writer.CloseBrace(";");
            if (stateOwner is not null)
            {
                writer.Line("inherited.ApplyTo(result);");
            }

            writer.Line($"result.{ModelEmitter.AdditionalField} = unknown;");
            writer.Line("return result;");
            writer.CloseBrace();
        }

        /// <summary>The class's own properties inline, then its bases' through the state, then kept as unknown.</summary>
        private static void EmitPropertyDispatch(SourceWriter writer, SchemaIndex index, IReadOnlyList<PropertyModel> inline, ObjectModel? stateOwner)
        {
            if (inline.Count > 0)
            {
                EmitSwitch(writer, index, inline, Local, "seen", onMatch: "continue;", verifiesKind: false);
                writer.Line();
            }

            if (stateOwner is not null)
            {
                using (writer.Block("if (inherited.TryRead(propertyName, ref reader, ref unknown))"))
                {
                    writer.Line("continue;");
                }

                writer.Line();
            }

            writer.Line($"{Support}.KeepUnknown(ref reader, propertyName, ref unknown);");
        }

        /// <summary>
        /// The union whose reader hands <paramref name="model"/> a read begun (one pass wherever the
        /// discriminator is): a kind that derives from the union's base directly; null for any other class.
        /// </summary>
        private static UnionModel? MemberOf(SchemaIndex index, ObjectModel model) =>
            index.Schema.Unions.FirstOrDefault(u => model.BaseName == u.Name && u.Members.Contains(model.Name) && ReadsInOnePass(index, u));

        /// <summary>
        /// Whether a union's reader reads in one pass: its base declares the discriminator and every
        /// kind derives from the base directly. Other shapes keep the look-ahead.
        /// </summary>
        private static bool ReadsInOnePass(SchemaIndex index, UnionModel union)
        {
            ObjectModel baseModel = index.Object(union.Name);
            return baseModel.BaseName is null
                && baseModel.Properties.Any(p => p.IsDiscriminator && p.JsonName == union.DiscriminatorJsonName)
                && union.Members.All(m => index.Object(m).BaseName == union.Name && index.Object(m).DiscriminatorValue is not null);
        }

        /// <summary>
        /// Emits, in a class others derive from, the struct its descendants read its properties
        /// into: one field per property (the base's state nested), <c>TryRead</c> and <c>ApplyTo</c>.
        /// </summary>
        public static void EmitState(SourceWriter writer, SchemaIndex index, ObjectModel model)
        {
            ObjectModel? baseModel = index.Base(model);
            string name = StateName(model);
            bool hasDiscriminator = model.Properties.Any(p => p.IsDiscriminator);
            UnionModel? union = index.UnionOf(model);
            bool verifiesKind = union is not null && ReadsInOnePass(index, union);
            writer.Line($"/// <summary>What a reader has read of the properties {model.Name} declares; shared by the readers of every class derived from it.</summary>");
            // Internal, not private protected: the union's reader hands it to the readers of its kinds.
            using (writer.Block($"internal struct {name}"))
            {
                if (baseModel is not null)
                {
                    writer.Line($"internal {StateType(index, baseModel)} Inherited;");
                }

                if (hasDiscriminator)
                {
                    writer.Line("/// <summary>Whether to keep the discriminator's value (the fallback class needs it; the others imply it).</summary>");
                    writer.Line("internal bool KeepDiscriminator;");
                }

                if (verifiesKind)
                {
                    writer.Line($"/// <summary>The {union!.DiscriminatorJsonName} the union's reader guessed from a property only one kind declares; the {union.DiscriminatorJsonName} read must confirm it.</summary>");
                    writer.Line("internal byte[]? ExpectedKind;");
                    writer.Line("/// <summary>Whether the value read contradicted <see cref=\"ExpectedKind\"/>: the union's reader then reads the object again.</summary>");
                    writer.Line("internal bool KindMismatch;");
                }

                if (model.Properties.Count > 0)
                {
                    writer.Line("/// <summary>One bit per property read, so a name given twice is refused.</summary>");
                    writer.Line($"internal ulong {string.Join(", ", SeenWords(StateSeen, model.Properties.Count))};");
                }

                foreach (PropertyModel property in model.Properties)
                {
                    writer.Line($"internal {LocalType(index, property)} {property.Name};");
                }

                writer.Line();
                writer.Line("/// <summary>Reads the value of <paramref name=\"propertyName\"/> when this class declares it.</summary>");
                using (writer.Block($"internal bool TryRead(scoped global::System.ReadOnlySpan<byte> propertyName, ref {Reader} reader, ref {ModelEmitter.AdditionalType}? unknown)"))
                {
                    EmitSwitch(writer, index, model.Properties.ToList(), p => p.Name, StateSeen, onMatch: "return true;", verifiesKind);
                    writer.Line();
                    writer.Line(baseModel is null ? "return false;" : "return Inherited.TryRead(propertyName, ref reader, ref unknown);");
                }

                writer.Line();
                writer.Line("/// <summary>Sets the optional properties read; required ones are set when the object is created.</summary>");
                using (writer.Block($"internal readonly void ApplyTo({index.Global(model.Name)} target)"))
                {
                    if (baseModel is not null)
                    {
                        writer.Line("Inherited.ApplyTo(target);");
                    }

                    foreach (PropertyModel property in model.Properties.Where(p => !p.IsDiscriminator && !SchemaIndex.IsRequiredNonNull(p)))
                    {
                        writer.Line($"target.{property.Name} = {property.Name};");
                    }
                }
            }
        }

        /// <summary>Matches a property name against <paramref name="properties"/> by UTF-8 length, then bytes.</summary>
        private static void EmitSwitch(SourceWriter writer, SchemaIndex index, IReadOnlyList<PropertyModel> properties, System.Func<PropertyModel, string> target, string seen, string onMatch, bool verifiesKind)
        {
            using (writer.Block("switch (propertyName.Length)"))
            {
                foreach (PropertyModel property in properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.JsonName)))
                {
                    int bit = IndexOf(properties, property);
                    writer.Line($"case {ByteCount(property.JsonName)} when global::System.MemoryExtensions.SequenceEqual(propertyName, {CSharpLiteral.Utf8(property.JsonName)}):");
                    writer.OpenBrace();
                    string word = SeenWord(seen, properties.Count, bit);
                    string mask = "1UL << " + (bit % 64).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    writer.Line($"if (({word} & ({mask})) != 0) throw {Support}.Duplicate(ref reader, {CSharpLiteral.String(property.JsonName)});");
                    writer.Line($"{word} |= {mask};");
                    if (property.IsDiscriminator)
                    {
                        // The discriminator chose the class; only the fallback keeps its value.
                        using (writer.Block("if (KeepDiscriminator)"))
                        {
                            EmitValueRead(writer, index, property, target(property));
                        }

                        if (verifiesKind)
                        {
                            using (writer.Block("else"))
                            {
                                writer.Line($"if (ExpectedKind is not null && !(reader.TokenType == {TokenType}.String && reader.ValueTextEquals(ExpectedKind))) KindMismatch = true;");
                                writer.Line("reader.Skip();");
                            }
                        }
                        else
                        {
                            writer.Line("else reader.Skip();");
                        }
                    }
                    else
                    {
                        EmitValueRead(writer, index, property, target(property));
                    }

                    writer.Line(onMatch);
                    writer.CloseBrace();
                }
            }
        }

        /// <summary>The mask words of a class's properties: <c>seen</c>, or <c>seen0</c>, <c>seen1</c>, ... past 64 properties.</summary>
        private static IEnumerable<string> SeenWords(string stem, int count) =>
            count <= 64 ? new[] { stem } : Enumerable.Range(0, ((count - 1) / 64) + 1).Select(w => stem + w.ToString(System.Globalization.CultureInfo.InvariantCulture));

        private static string SeenWord(string stem, int count, int bit) =>
            count <= 64 ? stem : stem + (bit / 64).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static int IndexOf(IReadOnlyList<PropertyModel> properties, PropertyModel property)
        {
            for (int i = 0; i < properties.Count; i++)
            {
                if (ReferenceEquals(properties[i], property))
                {
                    return i;
                }
            }

            return -1;
        }

        // The state's mask field; its other fields are named after the properties, so not "Seen" (a plausible property).
        private const string StateSeen = "SeenProperties";

        private static string StateName(ObjectModel model) => model.Name + "JsonState";

        private static string StateType(SchemaIndex index, ObjectModel model) => index.Global(model.Name) + "." + StateName(model);

        /// <summary>Every property a state covers (its class's and its bases'), with the expression that reaches its field.</summary>
        private static List<(PropertyModel Property, string Access)> StateFields(SchemaIndex index, ObjectModel owner, string variable)
        {
            var fields = new List<(PropertyModel, string)>();
            string prefix = variable;
            for (ObjectModel? level = owner; level is not null; level = index.Base(level))
            {
                foreach (PropertyModel property in level.Properties)
                {
                    fields.Add((property, prefix + "." + property.Name));
                }

                prefix += ".Inherited";
            }

            return fields;
        }

        /// <summary>Emits the static <c>ReadJson</c> of a union's base: one pass where it can, else the look-ahead.</summary>
        public static void EmitUnionReader(SourceWriter writer, SchemaIndex index, UnionModel union)
        {
            if (!ReadsInOnePass(index, union))
            {
                writer.Line($"/// <summary>Reads a {union.Name} of the kind its <c>{union.DiscriminatorJsonName}</c> names; leaves the reader on its end.</summary>");
                EmitLookAhead(writer, index, union, "internal static", "ReadJson");
                return;
            }

            ObjectModel baseModel = index.Object(union.Name);
            string state = StateType(index, baseModel);
            string name = CSharpLiteral.String(union.DiscriminatorJsonName);
            int bit = baseModel.Properties.Select((p, i) => (p, i)).First(x => x.p.IsDiscriminator).i;
            string word = SeenWord(StateSeen, baseModel.Properties.Count, bit);
            string mask = "1UL << " + (bit % 64).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string resumeArgs = "ref reader, objectStart, ref shared, unknown";

            writer.Line($"/// <summary>Reads a {union.Name} of the kind its <c>{union.DiscriminatorJsonName}</c> names; leaves the reader on its end.</summary>");
            writer.Line("/// <remarks>");
            writer.Line($"/// One pass wherever <c>{union.DiscriminatorJsonName}</c> stands: the properties every {union.Name} has are read into the shared state");
            writer.Line($"/// until the kind is known, from <c>{union.DiscriminatorJsonName}</c> or from a property only one kind declares, and that kind's");
            writer.Line("/// reader goes on from there. Only properties met before that which the shared state cannot read are read twice;");
            writer.Line($"/// a guess that <c>{union.DiscriminatorJsonName}</c> then contradicts (or any failure after a guess) reads the object again by look-ahead.");
            writer.Line("/// </remarks>");
            using (writer.Block($"internal static {index.Global(union.Name)} ReadJson(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(union.Name)});");
                writer.Line($"{Reader} start = reader;");
                writer.Line("long objectStart = reader.TokenStartIndex;");
                writer.Line($"{state} shared = new {state}();");
                writer.Line($"{ModelEmitter.AdditionalType}? unknown = null;");
                writer.Line();
                writer.Line("// The first property the shared state could not read: the kind's reader starts again from its value.");
                writer.Line("bool left = false;");
                writer.Line($"{Reader} leftAt = default;");
                writer.Line("scoped global::System.ReadOnlySpan<byte> leftName = default;");
                using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)"))
                {
                    writer.Line($"global::System.ReadOnlySpan<byte> propertyName = {Support}.PropertyName(ref reader);");
                    writer.Line("reader.Read();");
                    using (writer.Block($"if (global::System.MemoryExtensions.SequenceEqual(propertyName, {CSharpLiteral.Utf8(union.DiscriminatorJsonName)}))"))
                    {
                        writer.Line($"if (reader.TokenType != {TokenType}.String) throw {Support}.Mismatch(ref reader, {name}, {CSharpLiteral.String("a string naming the kind of " + union.Name)});");
                        writer.Line("int kind = KindOf(ref reader);");
                        if (union.FallbackName is not null)
                        {
                            using (writer.Block("if (kind < 0)"))
                            {
                                writer.Line("shared.KeepDiscriminator = true;");
                                writer.Line($"if (!left) shared.{baseModel.Properties[bit].Name} = reader.GetString();");
                            }
                        }
                        else
                        {
                            writer.Line($"if (kind < 0) throw {Support}.Mismatch(ref reader, {name}, {CSharpLiteral.String("one of " + string.Join(", ", union.Members.Select(m => index.Object(m).DiscriminatorValue)))});");
                        }

                        writer.Line();
                        writer.Line($"// With properties left behind, the kind's reader reads from the first of them and meets {union.DiscriminatorJsonName} again.");
                        using (writer.Block("if (left)"))
                        {
                            writer.Line("reader = leftAt;");
                            writer.Line($"return ReadKind(kind, {resumeArgs}, resume: true, leftName);");
                        }

                        writer.Line();
                        writer.Line($"shared.{word} |= {mask}; // read: a second {union.DiscriminatorJsonName} is refused");
                        writer.Line($"return ReadKind(kind, {resumeArgs}, resume: false, default);");
                    }

                    writer.Line();
                    writer.Line("int guess = GuessKind(propertyName);");
                    using (writer.Block("if (guess >= 0)"))
                    {
                        writer.Line($"// Only that kind declares this property: read on as that kind; its {union.DiscriminatorJsonName} must confirm the guess.");
                        writer.Line("shared.ExpectedKind = KindNames[guess];");
                        using (writer.Block("try"))
                        {
                            writer.Line($"{index.Global(union.Name)} guessed = left");
                            writer.Indent();
                            writer.Line($"? ReadKind(guess, ref leftAt, objectStart, ref shared, unknown, resume: true, leftName)");
                            writer.Line($": ReadKind(guess, {resumeArgs}, resume: true, propertyName);");
                            writer.Unindent();
                            using (writer.Block($"if (!shared.KindMismatch && (shared.{word} & ({mask})) != 0)"))
                            {
                                writer.Line("if (left) reader = leftAt;");
                                writer.Line("return guessed;");
                            }
                        }

                        using (writer.Block("catch (global::System.Exception)"))
                        {
                            writer.Line("// A failure read as the guessed kind may be no failure as the kind named: the look-ahead decides, and reports any real one.");
                        }

                        writer.Line();
                        writer.Line("reader = start;");
                        writer.Line("return ReadByLookAhead(ref reader);");
                    }

                    writer.Line();
                    using (writer.Block("if (!left)"))
                    {
                        using (writer.Block("if (shared.TryRead(propertyName, ref reader, ref unknown))"))
                        {
                            writer.Line("continue;");
                        }

                        writer.Line();
                        writer.Line("left = true;");
                        writer.Line("leftAt = reader;");
                        writer.Line("leftName = propertyName;");
                    }

                    writer.Line();
                    writer.Line("reader.Skip();");
                }

                writer.Line();
                writer.Line($"throw {Support}.MissingRequired(objectStart, {name});");
            }

            writer.Line();
            EmitKindTables(writer, index, union, baseModel, state);
            writer.Line();
            writer.Line($"/// <summary>Reads a {union.Name} of the kind its <c>{union.DiscriminatorJsonName}</c> names, found first by a look-ahead that reads the object twice: for a guess that failed.</summary>");
            EmitLookAhead(writer, index, union, "private static", "ReadByLookAhead");
        }

        /// <summary>The union's kinds by index: their discriminators, the properties only one of them declares, and the calls to their readers.</summary>
        private static void EmitKindTables(SourceWriter writer, SchemaIndex index, UnionModel union, ObjectModel baseModel, string state)
        {
            List<ObjectModel> kinds = union.Members.Select(index.Object).ToList();
            writer.Line($"/// <summary>Each kind's <c>{union.DiscriminatorJsonName}</c>, by its index in <see cref=\"KindOf\"/>.</summary>");
            writer.Line($"private static readonly byte[][] KindNames = {{ {string.Join(", ", kinds.Select(k => CSharpLiteral.Utf8(k.DiscriminatorValue!) + ".ToArray()"))} }};");
            writer.Line();
            writer.Line($"/// <summary>The index of the kind the string at the reader names, or -1 for a kind this version does not know.</summary>");
            using (writer.Block($"private static int KindOf(ref {Reader} reader)"))
            {
                for (int i = 0; i < kinds.Count; i++)
                {
                    writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(kinds[i].DiscriminatorValue!)})) return {i.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
                }

                writer.Line("return -1;");
            }

            writer.Line();
            var shared = new HashSet<string>(baseModel.Properties.Select(p => p.JsonName));
            var unique = kinds
                .SelectMany((k, i) => k.Properties.Select(p => (p.JsonName, Kind: i)))
                .Where(x => !shared.Contains(x.JsonName))
                .GroupBy(x => x.JsonName)
                .Where(g => g.Select(x => x.Kind).Distinct().Count() == 1)
                .Select(g => (Name: g.Key, Kind: g.First().Kind))
                .OrderBy(x => Encoding.UTF8.GetByteCount(x.Name)).ThenBy(x => x.Name, System.StringComparer.Ordinal)
                .ToList();
            writer.Line($"/// <summary>The index of the only kind that declares a property of this name, or -1 (every {union.Name} has it, several kinds do, or none).</summary>");
            using (writer.Block("private static int GuessKind(global::System.ReadOnlySpan<byte> name)"))
            {
                if (unique.Count > 0)
                {
                    using (writer.Block("switch (name.Length)"))
                    {
                        foreach ((string property, int kind) in unique)
                        {
                            writer.Line($"case {ByteCount(property)} when global::System.MemoryExtensions.SequenceEqual(name, {CSharpLiteral.Utf8(property)}): return {kind.ToString(System.Globalization.CultureInfo.InvariantCulture)}; // {kinds[kind].Name}");
                        }
                    }

                    writer.Line();
                }

                writer.Line("return -1;");
            }

            writer.Line();
            writer.Line("/// <summary>Hands the read on to the reader of a kind (by index; -1 for a kind this version does not know).</summary>");
            writer.Line($"private static {index.Global(union.Name)} ReadKind(int kind, ref {Reader} reader, long objectStart, ref {state} shared, {ModelEmitter.AdditionalType}? unknown, bool resume, scoped global::System.ReadOnlySpan<byte> resumeName) => kind switch");
            writer.OpenBrace();
            for (int i = 0; i < kinds.Count; i++)
            {
                writer.Line($"{i.ToString(System.Globalization.CultureInfo.InvariantCulture)} => {index.Global(kinds[i].Name)}.ReadJson(ref reader, objectStart, ref shared, unknown, resume, resumeName),");
            }

            writer.Line(union.FallbackName is not null
                ? $"_ => {index.Global(union.FallbackName)}.ReadJson(ref reader, objectStart, ref shared, unknown, resume, resumeName),"
                : "_ => throw new global::System.ArgumentOutOfRangeException(nameof(kind)),");
            writer.CloseBrace(";");
        }

        /// <summary>The look-ahead: a copy of the reader finds the discriminator, then the kind's reader reads the object.</summary>
        private static void EmitLookAhead(SourceWriter writer, SchemaIndex index, UnionModel union, string modifiers, string method)
        {
            using (writer.Block($"{modifiers} {index.Global(union.Name)} {method}(ref {Reader} reader)"))
            {
                writer.Line($"{Support}.ExpectObject(ref reader, {CSharpLiteral.String(union.Name)});");
                writer.Line($"{Reader} probe = reader;");
                using (writer.Block($"if ({Support}.SeekProperty(ref probe, {CSharpLiteral.Utf8(union.DiscriminatorJsonName)}))"))
                {
                    using (writer.Block($"if (probe.TokenType != {TokenType}.String)"))
                    {
                        writer.Line($"throw {Support}.Mismatch(ref probe, {CSharpLiteral.String(union.DiscriminatorJsonName)}, {CSharpLiteral.String("a string naming the kind of " + union.Name)});");
                    }

                    writer.Line();
                    foreach (string member in union.Members)
                    {
                        ObjectModel memberModel = index.Object(member);
                        using (writer.Block($"if (probe.ValueTextEquals({CSharpLiteral.Utf8(memberModel.DiscriminatorValue!)}))"))
                        {
                            writer.Line($"return {index.Global(member)}.ReadJson(ref reader);");
                        }
                    }

                    if (union.FallbackName is not null)
                    {
                        writer.Line();
                        writer.Line($"return {index.Global(union.FallbackName)}.ReadJson(ref reader);");
                    }
                    else
                    {
                        writer.Line();
                        writer.Line($"throw {Support}.Mismatch(ref probe, {CSharpLiteral.String(union.DiscriminatorJsonName)}, {CSharpLiteral.String("one of " + string.Join(", ", union.Members.Select(m => index.Object(m).DiscriminatorValue)))});");
                    }
                }

                writer.Line();
                writer.Line($"throw {Support}.MissingRequired(reader.TokenStartIndex, {CSharpLiteral.String(union.DiscriminatorJsonName)});");
            }
        }

        /// <summary>The UTF-8 length of a name, in invariant digits for the emitted <c>case</c>.</summary>
        private static string ByteCount(string name) => Encoding.UTF8.GetByteCount(name).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static readonly HashSet<string> ReservedLocals = new HashSet<string> { "reader", "propertyName", "objectStart", "unknown", "result", "parsed", "element", "probe", "inherited", "resume", "resumeName" };

        /// <summary>The local that holds a property while the object is read; never one of the reader's own locals.</summary>
        private static string Local(PropertyModel property)
        {
            string local = Schema.Naming.ToCamelCase(property.Name);
            bool taken = ReservedLocals.Contains(local) || IsSeenWord(local) || local.StartsWith("@", System.StringComparison.Ordinal);
            return taken ? local.TrimStart('@') + "Value" : local;
        }

        /// <summary>The mask locals: <c>seen</c>, <c>seen0</c>, <c>seen1</c>, ...</summary>
        private static bool IsSeenWord(string local) =>
            local.StartsWith("seen", System.StringComparison.Ordinal) && local.Skip(4).All(char.IsDigit);

        /// <summary>Locals are nullable so "absent" is known for required properties.</summary>
        private static string LocalType(SchemaIndex index, PropertyModel property)
        {
            string type = property.Kind == PropertyKind.Array ? index.ListType(property) : index.ValueType(property.Kind, property.TypeName);
            return type + "?";
        }

        private static string Assignment(PropertyModel property)
        {
            if (!SchemaIndex.IsRequiredNonNull(property))
            {
                return Local(property);
            }

            return $"{Local(property)} ?? throw {Support}.MissingRequired(objectStart, {CSharpLiteral.String(property.JsonName)})";
        }

        private static void EmitValueRead(SourceWriter writer, SchemaIndex index, PropertyModel property, string local)
        {
            string json = CSharpLiteral.String(property.JsonName);
            if (property.Kind == PropertyKind.Any)
            {
                writer.Line($"{local} = {Support}.ParseRaw(ref reader);");
                return;
            }

            if (property.Kind == PropertyKind.Array)
            {
                EmitArrayRead(writer, index, property, local);
                return;
            }

            string? tryRead = TryReadExpression(index, property.Kind, property.TypeName, out string valueType);
            if (tryRead is null)
            {
                // Objects and unions.
                string condition = $"reader.TokenType == {TokenType}.StartObject";
                writer.Line($"if ({condition}) {local} = {index.Global(property.TypeName!)}.ReadJson(ref reader);");
            }
            else
            {
                writer.Line($"if ({tryRead.Replace("VALUE", "out " + valueType + " parsed")}) {local} = parsed;");
            }

            if (SchemaIndex.IsRequiredNonNull(property))
            {
                writer.Line(property.Kind == PropertyKind.Number
                    ? $"else throw {Support}.NumberMismatch(ref reader, {json});"
                    : $"else throw {Support}.Mismatch(ref reader, {json}, {CSharpLiteral.String(Expected(index, property.Kind, property.TypeName))});");
            }
            else
            {
                writer.Line($"else {Support}.KeepRaw(ref reader, {json}, ref unknown);");
            }
        }

        private static void EmitArrayRead(SourceWriter writer, SchemaIndex index, PropertyModel property, string local)
        {
            string json = CSharpLiteral.String(property.JsonName);
            if (SchemaIndex.IsRequiredNonNull(property) || property.ItemKind == PropertyKind.Any)
            {
                using (writer.Block($"if (reader.TokenType == {TokenType}.StartArray)"))
                {
                    writer.Line($"{local} = new {index.ListType(property)}();");
                    using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)"))
                    {
                        EmitItemRead(writer, index, property, local);
                    }
                }

                writer.Line(SchemaIndex.IsRequiredNonNull(property)
                    ? $"else throw {Support}.Mismatch(ref reader, {json}, \"an array\");"
                    : $"else {Support}.KeepRaw(ref reader, {json}, ref unknown);");
                return;
            }

            // An optional list with an item of another kind (a null from a JavaScript array with
            // holes) is kept raw as a whole, like any value its typed property cannot hold. Read in
            // one pass: such an item sends the reader back to the list's start, and a failure in an
            // item counts only when no item of another kind follows it.
            string kind = ItemToken(property.ItemKind!.Value);
            using (writer.Block($"if (reader.TokenType == {TokenType}.StartArray)"))
            {
                writer.Line("// One pass; an item of another kind (a null from an array with holes) keeps the whole list raw, from its start.");
                writer.Line($"{Reader} listStart = reader;");
                writer.Line($"{local} = new {index.ListType(property)}();");
                using (writer.Block("try"))
                {
                    using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)"))
                    {
                        using (writer.Block($"if (!{Support}.IsItemOf(reader.TokenType, {kind}))"))
                        {
                            writer.Line($"{local} = null;");
                            writer.Line("break;");
                        }

                        writer.Line();
                        EmitItemRead(writer, index, property, local);
                    }
                }

                using (writer.Block($"catch (global::System.Exception failure) when ({Support}.HasItemOfOtherKind(failure, listStart, {kind}))"))
                {
                    writer.Line($"{local} = null;");
                }

                writer.Line();
                using (writer.Block($"if ({local} is null)"))
                {
                    writer.Line("reader = listStart;");
                    writer.Line($"{Support}.KeepRaw(ref reader, {json}, ref unknown);");
                }
            }

            writer.Line($"else {Support}.KeepRaw(ref reader, {json}, ref unknown);");
        }

        private static void EmitItemRead(SourceWriter writer, SchemaIndex index, PropertyModel property, string local)
        {
            string itemPath = CSharpLiteral.String(property.JsonName + "[]");
            PropertyKind itemKind = property.ItemKind!.Value;
            string? tryRead = TryReadExpression(index, itemKind, property.TypeName, out string valueType);
            if (tryRead is null)
            {
                writer.Line($"{local}.Add({index.Global(property.TypeName!)}.ReadJson(ref reader));");
            }
            else if (itemKind == PropertyKind.Any)
            {
                writer.Line($"{local}.Add({Support}.ParseRaw(ref reader));");
            }
            else
            {
                writer.Line($"if ({tryRead.Replace("VALUE", "out " + valueType + " element")}) {local}.Add(element);");
                writer.Line(itemKind == PropertyKind.Number
                    ? $"else throw {Support}.NumberMismatch(ref reader, {itemPath});"
                    : $"else throw {Support}.Mismatch(ref reader, {itemPath}, {CSharpLiteral.String(Expected(index, itemKind, property.TypeName))});");
            }
        }

        /// <summary>The token every item of a list of this kind starts with (numbers and booleans are checked further when read).</summary>
        private static string ItemToken(PropertyKind kind) => kind switch
        {
            PropertyKind.String or PropertyKind.Enum => $"{TokenType}.String",
            PropertyKind.Number or PropertyKind.Integer => $"{TokenType}.Number",
            PropertyKind.Boolean => $"{TokenType}.True",
            _ => $"{TokenType}.StartObject",
        };

        /// <summary>A "try read" call with VALUE standing for its out argument; null for objects and unions.</summary>
        private static string? TryReadExpression(SchemaIndex index, PropertyKind kind, string? typeName, out string valueType)
        {
            valueType = index.ValueType(kind, typeName);
            return kind switch
            {
                PropertyKind.String => $"{Support}.TryReadString(ref reader, VALUE)",
                PropertyKind.Number => $"{Support}.TryReadDouble(ref reader, VALUE)",
                PropertyKind.Integer => $"{Support}.TryReadInt32(ref reader, VALUE)",
                PropertyKind.Boolean => $"{Support}.TryReadBoolean(ref reader, VALUE)",
                PropertyKind.Enum => $"{index.Global(typeName!)}Json.TryRead(ref reader, VALUE)",
                PropertyKind.Any => "true",
                PropertyKind.IntegerOrString or PropertyKind.NumberOrString => $"{index.Global(typeName!)}.TryRead(ref reader, VALUE)",
                _ => null,
            };
        }

        private static string Expected(SchemaIndex index, PropertyKind kind, string? typeName) => kind switch
        {
            PropertyKind.String => "a string",
            PropertyKind.Number => "a finite number",
            PropertyKind.Integer => "a 32-bit integer",
            PropertyKind.Boolean => "true or false",
            PropertyKind.Enum => "one of " + string.Join(", ", index.Schema.Enums.First(e => e.Name == typeName).Members.Select(m => m.WireName)),
            PropertyKind.IntegerOrString => "a 32-bit integer or a string",
            PropertyKind.NumberOrString => "a finite number or a string",
            _ => "an object",
        };
    }
}
