using AiStudios;

Project project = Video.Landscape()
    .Name("Quarterly update")
    .Scene(s => s
        .Background("/images/background/bg_blue_gradient.png")
        .Avatar(Avatars.M000045058.BG00002320, a => a.Position(630, 145))
        .Script("Hello! Here is what happened this quarter.")
        .Text("Q3 in numbers", t => t.Position(80, 60).Size(900, 120).FontSize(60).Fill("#ffffff")
            .Animation(an => an.Type(AnimationType.FadeIn).Duration(2))))
    .Scene(s => s
        .Video("https://cdn.example.com/highlights.mp4", v => v.Volume(80)))
    .Build();

string json = project.ToJson();   // the exact request body the service expects

// Above: the README's first example, word for word (PackagingTests checks it). Below: the proof it ran.
System.Console.WriteLine(json);
