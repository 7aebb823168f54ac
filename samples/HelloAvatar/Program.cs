using System;
using AiStudios;

// The published "create project" example, written as code: one landscape scene, a blue
// gradient background and the documented avatar saying hello.
Project project = Video.Landscape()
    .Name("Test Project Using Api")
    .Scene(s => s
        .Background("/images/background/bg_blue_gradient.png", "rgb(54,188,37)")
        .Avatar(Avatars.M000045058.BG00002320)
        .Script("Hello, this is test video using Api."))
    .Build();

Console.WriteLine(project.ToJson(indented: true));
