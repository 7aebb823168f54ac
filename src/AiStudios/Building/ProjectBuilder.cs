using System;
using System.Collections.Generic;

namespace AiStudios
{
    // The hand-written half of the generated ProjectBuilder: scenes and Build().
    public sealed partial class ProjectBuilder
    {
        private readonly List<SceneBuilder> _scenes = new List<SceneBuilder>();

        /// <summary>Adds a scene; scenes play in the order they are added and are numbered for you.</summary>
        /// <param name="configure">Sets the scene's background, clips and script.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
        public ProjectBuilder Scene(Action<SceneBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var scene = new SceneBuilder(SceneBuilder.Create());
            configure(scene);
            _scenes.Add(scene);
            return this;
        }

        /// <summary>
        /// Finishes the bookkeeping (scene indexes; clip ids, names and layers; the size and place
        /// of clips given none, on the canvas of the orientation the project has now; scripts that
        /// name the scene's avatar) and returns the project. Each call returns a new, independent
        /// copy and leaves the builder as it was, so it can be changed and built again.
        /// </summary>
        /// <returns>The project, ready for <see cref="Project.ToJson(bool)"/> or the client.</returns>
        /// <exception cref="InvalidOperationException">
        /// The project cannot be built; the message names the scene, the clip and the property:
        /// a scene has a script but no avatar to speak it; a clip without a layer has no free layer
        /// above the clip before it; or a value JSON cannot carry: a NaN or infinite number, an
        /// enum value that is not one of its members, a required property (a clip's <c>Id</c>, a
        /// text clip's <c>Text</c>, an avatar's <c>Model</c>, ...) or a list or list item set to null.
        /// </exception>
        public Project Build()
        {
            Project project = JsonCopy.Of<Project>(Target.WriteTo, Project.ReadJson, "The project");
            global::AiStudios.Orientation orientation = project.Orientation ?? global::AiStudios.Orientation.Landscape;
            var scenes = new List<global::AiStudios.Scene>(_scenes.Count);
            for (int i = 0; i < _scenes.Count; i++)
            {
                scenes.Add(_scenes[i].Complete(i, orientation));
            }

            project.Scenes = scenes;
            return project;
        }
    }
}
