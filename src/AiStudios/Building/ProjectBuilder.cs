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
        public ProjectBuilder Scene(Action<SceneBuilder> configure)
        {
            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            var scene = new SceneBuilder(SceneBuilder.Create()) { CanvasOrientation = Target.Orientation ?? global::AiStudios.Orientation.Landscape };
            configure(scene);
            _scenes.Add(scene);
            return this;
        }

        /// <summary>
        /// Finishes the bookkeeping (scene indexes, clip ids and names, scripts that name the
        /// scene's avatar) and returns the project. Each call returns a new, independent copy.
        /// </summary>
        /// <returns>The project, ready for <see cref="Project.ToJson(bool)"/> or the client.</returns>
        /// <exception cref="InvalidOperationException">A scene has a script but no avatar to speak it.</exception>
        public Project Build()
        {
            var scenes = new List<global::AiStudios.Scene>(_scenes.Count);
            for (int i = 0; i < _scenes.Count; i++)
            {
                scenes.Add(_scenes[i].Complete(i));
            }

            Target.Scenes = scenes;

            // A deep copy, so changing the result never changes the builder or earlier results.
            return Project.FromJson(Target.ToUtf8Bytes());
        }
    }
}
