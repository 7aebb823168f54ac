using AiStudios;

Project project = Video.Landscape()
    .Name("Quarterly update")
    .Scene(s => s
        .Background("/images/background/bg_blue_gradient.png")
        .Avatar(Avatars.M000045058.BG00002320, a => a.Position(630, 145))
        .Script("Hello! Here is what happened this quarter.")
        .Text("Q3 in numbers", t => t.Position(2100, 60).Size(900, 120).FontSize(60).Fill("#ffffff")) // AIS0001
    )
    .Build();

System.Console.WriteLine(project.ToJson());
