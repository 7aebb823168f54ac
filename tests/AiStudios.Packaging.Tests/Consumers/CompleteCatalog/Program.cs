using AiStudios;

// An avatar of the account that no catalog lists: a warning by default (the account may have it), an error here,
// where the project file declares its catalog complete.
Project project = Video.Landscape()
    .Scene(s => s
        .Avatar("M000320746", "BG00007030") // AIS0011
        .Script("Hello."))
    .Build();

System.Console.WriteLine(project.ToJson());
