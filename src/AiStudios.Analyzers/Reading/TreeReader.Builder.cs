using System;
using System.Collections.Generic;
using System.Linq;
using AiStudios.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiStudios.Analyzers.Reading
{
    // The project builder: Video.Landscape().Scene(s => s.Avatar(...).Script(...).Text(...)).Build().
    // It mirrors what the builder does at run time (src/AiStudios/Building): scenes numbered in call
    // order; at Build(), after every configuration and with the orientation the chain ends with,
    // default geometry for what was left unset (an avatar no catalog sizes takes the stand-in's) and
    // layers in call order skipping the ones set; the speech written as scripts, Script(...) for the
    // scene's first avatar and each Dialogue line for the avatar it names, tts null unless a voice is
    // given; and the schema's x-builder-default for what is still unset (background, scripts).
    internal sealed partial class TreeReader
    {
        /// <summary>The project a chain starting at <c>Video.Landscape()</c> (or another orientation) builds.</summary>
        public RuleObject ReadVideoChain(IInvocationOperation root)
        {
            var project = new RuleObject(Origins.OfCall(root), AbsentMeans.Unset);
            TypeFacts? projectType = Schema.Type(Schema.RootName);
            CanvasFacts? canvas = Schema.Canvas;
            if (canvas is not null && Schema.Enum(canvas.EnumName) is EnumFacts orientations)
            {
                // Video.Landscape() is named after the orientation's enum member.
                int index = IndexOf(orientations.MemberNames, root.TargetMethod.Name);
                if (index >= 0)
                {
                    project.Set(canvas.Property, RuleValue.FromString(orientations.WireValues[index], Origins.OfCall(root)));
                }
            }

            var scenes = new RuleArray(Origins.OfCall(root));
            project.Set(Wire.Scenes, scenes);
            bool built = false;
            foreach (IInvocationOperation call in ChainAbove(root))
            {
                CancellationToken.ThrowIfCancellationRequested();
                if (call.TargetMethod.Name == "Build")
                {
                    built = true;
                    break;
                }

                if (call.TargetMethod.Name == "Scene" && ExplicitArguments(call) is { Count: 1 } arguments && IsDelegate(arguments[0].Parameter))
                {
                    scenes.Add(ReadScene(call, arguments[0].Value, scenes.Items.Count));
                }
                else if (projectType is null || !ApplyPropertyCall(call, project, projectType))
                {
                    project.IsOpen = true;
                }
            }

            // As Build(): defaults and layers once everything is configured, on the final canvas.
            CanvasSize? finalCanvas = CanvasOf(project);
            foreach (RuleValue scene in scenes.Items)
            {
                if (scene is RuleObject sceneObject && sceneObject[Wire.Clips] is RuleArray clips)
                {
                    foreach (RuleValue item in clips.Items)
                    {
                        if (item is RuleObject clip)
                        {
                            ApplyDefaultGeometry(clip, finalCanvas);
                        }
                    }

                    LayerClips(clips);
                    ApplyBuildDefaults(sceneObject);
                }
            }

            if (!built)
            {
                // The builder lives on (a variable, an argument): more scenes may follow, after the ones seen.
                project.IsOpen = true;
                scenes.MayGrow = true;
            }

            return project;
        }

        private RuleObject ReadScene(IInvocationOperation call, IOperation configure, int index)
        {
            var state = new SceneState(new RuleObject(Origins.OfCall(call), AbsentMeans.Unset));
            TypeFacts? sceneType = Schema.Type(Schema.Property(Schema.Type(Schema.RootName)!, Wire.Scenes)?.TypeName);
            if (sceneType is not null && PropertyByName(sceneType, "SceneIndex") is PropertyFacts sceneIndex)
            {
                state.Scene.Set(sceneIndex.JsonName, RuleValue.FromNumber(index));
            }

            state.Scene.Set(Wire.Clips, state.Clips);
            ReadLambda(configure, state.Scene, sceneCall => ApplySceneCall(sceneCall, state, sceneType), () => state.Clips.IsComplete = false);
            GiveScriptItsSpeaker(state);
            if (state.Lines.Items.Count > 0 || !state.Lines.IsComplete)
            {
                // Build() throws for a scene with both; the rules then see the dialogue, the more specific of the two.
                state.Scene.Set(Wire.Scripts, state.Lines);
            }
            else if (state.Script is not null)
            {
                state.Scene.Set(Wire.Scripts, new RuleArray(state.Script.Origin).Add(state.Script));
            }

            return state.Scene;
        }

        /// <summary>As the generated ApplyBuildDefaults: each property of the scene still unset gets its x-builder-default.</summary>
        private void ApplyBuildDefaults(RuleObject scene)
        {
            TypeFacts? sceneType = Schema.Type(Schema.Property(Schema.Type(Schema.RootName)!, Wire.Scenes)?.TypeName);
            if (sceneType is null || scene.IsOpen)
            {
                return;
            }

            foreach (PropertyFacts property in Schema.AllProperties(sceneType))
            {
                if (property.BuilderDefault is string json && !scene.Has(property.JsonName))
                {
                    try
                    {
                        scene.Set(property.JsonName, JsonValues.ToRuleValue(Generator.Json.JsonParser.Parse(json), scene.Origin));
                    }
                    catch (Generator.Json.JsonSyntaxException)
                    {
                        // The generator wrote the default from a schema it read; it parses.
                    }
                }
            }
        }

        private bool ApplySceneCall(IInvocationOperation call, SceneState state, TypeFacts? sceneType)
        {
            string name = call.TargetMethod.Name;
            List<IArgumentOperation> arguments = ExplicitArguments(call);
            TypeFacts? clipType = Schema.Types.FirstOrDefault(t => t.BuilderMethod == name && t.DiscriminatorValue is not null);
            if (clipType is not null)
            {
                state.Clips.Add(ReadClip(call, clipType, state));
                return true;
            }

            switch (name)
            {
                case "Script" or "ScriptMarkup" when arguments.Count is 1 or 2:
                    state.Script = Line(call, arguments, plain: name == "Script", speaker: null);
                    return true;
                case "Dialogue" when arguments.Count == 1:
                    ReadLambda(arguments[0].Value, state.Scene, line => ApplyDialogueCall(line, state), () => state.Lines.IsComplete = false);
                    return true;
                case "Background" when arguments.Count >= 1 && arguments[0].Parameter?.Name == "imageUrl":
                    return ApplyBackground(call, arguments, state.Scene, sceneType);
            }

            return sceneType is not null && ApplyPropertyCall(call, state.Scene, sceneType);
        }

        /// <summary><c>d.Say(anna, "Hi")</c> or <c>d.SayMarkup(anna, "&lt;p&gt;Hi&lt;/p&gt;", voice)</c>: one line of the dialogue, for the avatar it names.</summary>
        private bool ApplyDialogueCall(IInvocationOperation call, SceneState state)
        {
            List<IArgumentOperation> arguments = ExplicitArguments(call);
            if (call.TargetMethod.Name is not ("Say" or "SayMarkup") || arguments.Count < 2)
            {
                return false;
            }

            (string? avatarId, string? clothesId) = ResolveTypedAvatar(arguments[0].Value);
            state.Lines.Add(Line(call, arguments.Skip(1).ToList(), plain: call.TargetMethod.Name == "Say", speaker: (avatarId, clothesId)));
            return true;
        }

        /// <summary>
        /// The scripts entry Build() writes for one line: the speech (plain text HTML-encoded into <c>&lt;p&gt;</c>
        /// paragraphs, as the builder sends it), <c>isTTS</c> and <c>tts</c> (null unless a voice is given), and the
        /// speaker's ids; a line without a speaker is Script(...)'s, whose speaker is filled in once every clip is read.
        /// </summary>
        private RuleObject Line(IInvocationOperation call, List<IArgumentOperation> arguments, bool plain, (string? AvatarId, string? ClothesId)? speaker)
        {
            object origin = Origins.OfCall(call);
            var line = new RuleObject(origin, AbsentMeans.Unset);
            IOperation text = arguments[0].Value;
            RuleValue speech = plain
                ? text.ConstantValue is { HasValue: true, Value: string value } ? RuleValue.FromString(ScriptText.FromPlainText(value), Origins.Of(text)) : RuleValue.Unknown(Origins.Of(text))
                : ReadValue(text, SpeechProperty(), FactKind.String) ?? RuleValue.Unknown(Origins.Of(text));
            line.Set(Wire.Speech, speech);

            // A voice given as a constant null is no voice; any other is a tts object the analyzers cannot see.
            IOperation? voice = arguments.Count > 1 ? arguments[1].Value : null;
            bool hasVoice = voice is not null && !(Unwrap(voice).ConstantValue is { HasValue: true, Value: null });
            line.Set(Wire.IsTts, RuleValue.FromBoolean(hasVoice, origin));
            line.Set(Wire.Tts, hasVoice ? RuleValue.Unknown(Origins.Of(voice!)) : RuleValue.Null(origin));
            if (speaker is var (avatarId, clothesId))
            {
                line.Set(Wire.ModelId, avatarId is null ? RuleValue.Unknown(origin) : RuleValue.FromString(avatarId, origin));
                line.Set(Wire.ClothId, clothesId is null ? RuleValue.Unknown(origin) : RuleValue.FromString(clothesId, origin));
            }

            return line;
        }

        /// <summary><c>Background("/img.png", "rgb(0,0,0)")</c>: an image background with an optional colour.</summary>
        private bool ApplyBackground(IInvocationOperation call, List<IArgumentOperation> arguments, RuleObject scene, TypeFacts? sceneType)
        {
            PropertyFacts? background = sceneType is null ? null : PropertyByName(sceneType, "Background");
            TypeFacts? backgroundType = Schema.Type(background?.TypeName);
            if (background is null || backgroundType is null)
            {
                return false;
            }

            RuleObject node = scene.Object(background.JsonName) ?? new RuleObject(Origins.OfCall(call), AbsentMeans.Unset);
            foreach (IArgumentOperation argument in arguments)
            {
                string property = argument.Parameter?.Name == "imageUrl" ? "SourceUrl" : "SourceColor";
                if (PropertyByName(backgroundType, property) is PropertyFacts facts && ReadValue(argument.Value, facts, facts.Kind) is RuleValue value)
                {
                    node.Set(facts.JsonName, value);
                }
            }

            scene.Set(background.JsonName, node);
            return true;
        }

        private RuleObject ReadClip(IInvocationOperation call, TypeFacts type, SceneState state)
        {
            var clip = new RuleObject(Origins.OfCall(call), AbsentMeans.Unset);
            if (DiscriminatorOf(type) is string discriminator)
            {
                clip.Set(discriminator, RuleValue.FromString(type.DiscriminatorValue!, Origins.OfCall(call)));
            }

            IOperation? configure = null;
            foreach (IArgumentOperation argument in ExplicitArguments(call))
            {
                string parameter = argument.Parameter?.Name ?? string.Empty;
                if (IsDelegate(argument.Parameter))
                {
                    configure = argument.Value;
                }
                else if (parameter is "avatarId" or "clothesId" or "avatar")
                {
                    ReadAvatarArgument(clip, parameter, argument.Value);
                }
                else if (PropertyByParameter(type, parameter) is PropertyFacts property)
                {
                    SetValue(clip, property, ReadValue(argument.Value, property, property.Kind));
                }
            }

            CompleteAvatarModel(clip);
            ReadLambda(configure, clip, clipCall => ApplyPropertyCall(clipCall, clip, type));
            return clip;
        }

        /// <summary><c>Avatar("M000045058")</c>, <c>Avatar("M000045058", "BG00002320")</c> or <c>Avatar(Avatars.M000045058.BG00002320)</c>.</summary>
        private void ReadAvatarArgument(RuleObject clip, string parameter, IOperation value)
        {
            RuleObject model = clip.Object(Wire.Model) ?? new RuleObject(null, AbsentMeans.Unset);
            clip.Set(Wire.Model, model);
            string? idName = FormatProperty("avatar-id");
            string? clothesName = FormatProperty("clothes-id");
            if (idName is null || clothesName is null)
            {
                return;
            }

            if (parameter == "avatar")
            {
                (string? avatarId, string? clothesId) = ResolveTypedAvatar(value);
                model.Set(idName, avatarId is null ? RuleValue.Unknown(Origins.Of(value)) : RuleValue.FromString(avatarId, Origins.Of(value)));
                model.Set(clothesName, clothesId is null ? RuleValue.Unknown(Origins.Of(value)) : RuleValue.FromString(clothesId, Origins.Of(value)));
                return;
            }

            var facts = new PropertyFacts(parameter == "avatarId" ? idName : clothesName, parameter, FactKind.String);
            if (ReadValue(value, facts, FactKind.String) is RuleValue id)
            {
                model.Set(facts.JsonName, id);
            }
        }

        /// <summary><c>Avatar("id")</c> uses the avatar's default clothes.</summary>
        private void CompleteAvatarModel(RuleObject clip)
        {
            if (clip.Object(Wire.Model) is RuleObject model && FormatProperty("avatar-id") is string idName && FormatProperty("clothes-id") is string clothesName
                && !model.Has(clothesName) && model.String(idName) is string avatarId && Avatars.Find(avatarId) is AvatarFacts avatar)
            {
                model.Set(clothesName, RuleValue.FromString(avatar.DefaultClothesId));
            }
        }

        /// <summary>
        /// As SceneBuilder.ApplyDefaultGeometry at Build() (both through <see cref="BuilderLayout"/>):
        /// a clip whose size was left unset (or 0 x 0) fills the canvas, an avatar takes its catalog
        /// size, or the stand-in's when no catalog sizes it; left and top only where unset, else 0.
        /// Unknown where the canvas or the avatar's ids are.
        /// </summary>
        private void ApplyDefaultGeometry(RuleObject clip, CanvasSize? canvas)
        {
            RuleValue? width = clip[Wire.Width];
            RuleValue? height = clip[Wire.Height];
            if ((width is not null && width.Kind != RuleValueKind.Number) || (height is not null && height.Kind != RuleValueKind.Number)
                || !BuilderLayout.IsUnsized(width?.Number ?? 0, height?.Number ?? 0))
            {
                SetIfUnset(clip, Wire.Left, RuleValue.FromNumber(BuilderLayout.DefaultLeft));
                SetIfUnset(clip, Wire.Top, RuleValue.FromNumber(BuilderLayout.DefaultTop));
                return;
            }

            DefaultGeometry? geometry = null;
            if (clip.String("type") == Wire.AvatarType)
            {
                if (!TryCatalogClothes(clip.Object(Wire.Model), out ClothesFacts? clothes))
                {
                    // Ids the analyzers cannot see: the builder may find a catalog entry for them, or not.
                    clip.Set(Wire.Width, RuleValue.Unknown());
                    clip.Set(Wire.Height, RuleValue.Unknown());
                    SetIfUnset(clip, Wire.Left, RuleValue.Unknown());
                    SetIfUnset(clip, Wire.Top, RuleValue.Unknown());
                    return;
                }

                PlacementFacts? placement = canvas is null ? null : clothes?.PlacementFor(canvas.Orientation);
                DefaultGeometry? avatar = BuilderLayout.ForAvatar(clothes?.Width, clothes?.Height, placement?.Left, placement?.Top, canvas?.Orientation ?? string.Empty);
                clip.Set(Wire.Width, avatar is DefaultGeometry sized ? RuleValue.FromNumber(sized.Width) : RuleValue.Unknown());
                clip.Set(Wire.Height, avatar is DefaultGeometry sizedToo ? RuleValue.FromNumber(sizedToo.Height) : RuleValue.Unknown());
                geometry = canvas is null ? null : avatar;
            }
            else
            {
                // Its place, (0, 0), does not depend on the canvas; its size does.
                geometry = BuilderLayout.ForCanvas(canvas?.Width ?? 0, canvas?.Height ?? 0);
                clip.Set(Wire.Width, canvas is null ? RuleValue.Unknown() : RuleValue.FromNumber(geometry.Value.Width));
                clip.Set(Wire.Height, canvas is null ? RuleValue.Unknown() : RuleValue.FromNumber(geometry.Value.Height));
            }

            SetIfUnset(clip, Wire.Left, geometry is DefaultGeometry placed ? RuleValue.FromNumber(placed.Left) : RuleValue.Unknown());
            SetIfUnset(clip, Wire.Top, geometry is DefaultGeometry placedToo ? RuleValue.FromNumber(placedToo.Top) : RuleValue.Unknown());
        }

        private static void SetIfUnset(RuleObject clip, string name, RuleValue value)
        {
            if (!clip.Has(name))
            {
                clip.Set(name, value);
            }
        }

        /// <summary>
        /// The catalog entry of an avatar clip's model: false when its ids are not known here; true with null when
        /// they are and no catalog lists them in those clothes (the builder then sizes it as the stand-in).
        /// </summary>
        private bool TryCatalogClothes(RuleObject? model, out ClothesFacts? clothes)
        {
            clothes = null;
            if (model is null || FormatProperty("avatar-id") is not string idName || FormatProperty("clothes-id") is not string clothesName
                || model.String(idName) is not string avatarId)
            {
                return false;
            }

            AvatarFacts? avatar = Avatars.Find(avatarId);
            if (model.String(clothesName) is string clothesId)
            {
                clothes = avatar?.FindClothes(clothesId);
                return true;
            }

            // Avatar("id") in its default clothes; a model without known clothes is left to the builder.
            clothes = avatar?.DefaultClothes;
            return avatar is not null;
        }

        /// <summary>
        /// As SceneBuilder.LayerClips at Build() (both through <see cref="BuilderLayout.AssignLayers"/>).
        /// Unknown when a layer or a clip is not known, or when the builder would find no free layer.
        /// </summary>
        private static void LayerClips(RuleArray clips)
        {
            var own = new int?[clips.Items.Count];
            bool known = clips.IsComplete;
            for (int i = 0; i < own.Length; i++)
            {
                if (clips.Items[i] is not RuleObject clip)
                {
                    known = false;
                }
                else if (clip[Wire.Layer] is RuleValue layer)
                {
                    // The builder's Layer(int) takes whole 32-bit numbers only.
                    if (layer.Kind == RuleValueKind.Number && NumberText.IsWhole(layer.Number) && layer.Number >= int.MinValue && layer.Number <= int.MaxValue)
                    {
                        own[i] = (int)layer.Number;
                    }
                    else
                    {
                        known = false;
                    }
                }
            }

            int?[] assigned = BuilderLayout.AssignLayers(own);
            for (int i = 0; i < own.Length; i++)
            {
                if (own[i] is null && clips.Items[i] is RuleObject clip && !clip.Has(Wire.Layer))
                {
                    // Past int.MaxValue the builder throws at Build(); the rules see a layer it cannot have.
                    clip.Set(Wire.Layer, known && assigned[i] is int layer ? RuleValue.FromNumber(layer) : RuleValue.Unknown());
                }
            }
        }

        /// <summary>Script(...)'s line is spoken by the scene's first avatar: its ids, once every clip is read.</summary>
        private void GiveScriptItsSpeaker(SceneState state)
        {
            if (state.Script is not RuleObject script)
            {
                return;
            }

            RuleObject? avatar = state.Clips.Items.OfType<RuleObject>().FirstOrDefault(c => c.String("type") == Wire.AvatarType);
            RuleObject? model = avatar?.Object(Wire.Model);
            if (model is not null && FormatProperty("avatar-id") is string idName && FormatProperty("clothes-id") is string clothesName)
            {
                script.Set(Wire.ModelId, Copy(model[idName], script.Origin));
                script.Set(Wire.ClothId, Copy(model[clothesName], script.Origin));
            }
        }

        private static RuleValue Copy(RuleValue? value, object? origin) =>
            value is { Kind: RuleValueKind.String } ? RuleValue.FromString(value.Text!, origin) : RuleValue.Unknown(origin);

        /// <summary>
        /// The avatar an expression names: a typed catalog entry, <c>Avatars.M000045058.BG00002320</c> or
        /// <c>Avatars.M000045058.Default</c>, of the SDK's catalog or of a catalog the generator wrote in the
        /// user's project (which also lists the SDK's avatars), or <c>new AvatarClothes(id, clothesId)</c>.
        /// </summary>
        private (string? AvatarId, string? ClothesId) ResolveTypedAvatar(IOperation value)
        {
            // new AvatarClothes("M000320746", "BG00007030"): an avatar known by its ids alone.
            if (Unwrap(value) is IObjectCreationOperation { Arguments.Length: 2 } creation
                && SymbolEqualityComparer.Default.Equals(creation.Type, Symbols.AvatarClothes))
            {
                string? Constant(string parameter) => creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
                return (Constant("avatarId"), Constant("clothesId"));
            }

            if (Unwrap(value) is not IPropertyReferenceOperation { Property: IPropertySymbol property }
                || property.ContainingType is not INamedTypeSymbol holder
                || !(SymbolEqualityComparer.Default.Equals(holder.ContainingType, Symbols.Avatars) || IsGeneratedCatalog(holder.ContainingType, property)))
            {
                return (null, null);
            }

            string? avatarId = holder.GetMembers("Id").OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue)?.ConstantValue as string;
            AvatarFacts? avatar = avatarId is null ? null : Avatars.Find(avatarId);
            if (avatar is null)
            {
                return (avatarId, null);
            }

            if (property.Name == "Default")
            {
                return (avatarId, avatar.DefaultClothesId);
            }

            ClothesFacts? clothes = avatar.Clothes.FirstOrDefault(c => SameIdentifier(c.Id, property.Name));
            return (avatarId, clothes?.Id);
        }

        private bool IsGeneratedCatalog(INamedTypeSymbol? catalog, IPropertySymbol property) =>
            catalog is not null
            && SymbolEqualityComparer.Default.Equals(property.Type, Symbols.AvatarClothes)
            && catalog.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "AiStudios.Generator");

        /// <summary>Catalog ids become C# names by dropping what an identifier cannot hold; compare them that way.</summary>
        private static bool SameIdentifier(string id, string name) =>
            string.Equals(new string(id.Where(char.IsLetterOrDigit).ToArray()), new string(name.Where(char.IsLetterOrDigit).ToArray()), StringComparison.OrdinalIgnoreCase);

        private CanvasSize? CanvasOf(RuleObject project) =>
            Schema.Canvas is CanvasFacts canvas ? canvas.For(project.String(canvas.Property) ?? (project.Has(canvas.Property) ? null : canvas.DefaultValue)) : null;

        private PropertyFacts SpeechProperty() =>
            _speech ??= Schema.Types.SelectMany(t => t.Properties).FirstOrDefault(p => p.Format == "speech") ?? new PropertyFacts(Wire.Speech, "Text", FactKind.String);

        /// <summary>The wire name of the property with this x-format (<c>ai_name</c> for avatar-id), looked up once per reader.</summary>
        private string? FormatProperty(string format)
        {
            if (!_formats.TryGetValue(format, out string? name))
            {
                name = Schema.Types.SelectMany(t => t.Properties).FirstOrDefault(p => p.Format == format)?.JsonName;
                _formats[format] = name;
            }

            return name;
        }

        private static int IndexOf(IReadOnlyList<string> names, string name)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>What reading one scene lambda collects.</summary>
        private sealed class SceneState
        {
            public SceneState(RuleObject scene)
            {
                Scene = scene;
                Clips = new RuleArray(scene.Origin);
                Lines = new RuleArray(scene.Origin);
            }

            public RuleObject Scene { get; }

            public RuleArray Clips { get; }

            /// <summary>Script(...)'s line, for the scene's first avatar.</summary>
            public RuleObject? Script { get; set; }

            /// <summary>The Dialogue(...) lines, in speaking order.</summary>
            public RuleArray Lines { get; }
        }
    }
}
