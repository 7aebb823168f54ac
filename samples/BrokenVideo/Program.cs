using System;
using AiStudios;

#if BROKEN_SAMPLE
// Each marked line holds a mistake the analyzers report at compile time (see README:
// "What a mistake looks like"). None of them would be caught before a render without them.
Project project = Video.Landscape()
    .Name("Launch video")
    .Scene(s => s
        .Avatar("M000045085")                                        // AIS0011: a typo in the avatar id
        .Script("Welcome to the launch.")
        .Text("Launch day", t => t                                   // AIS0001: placed right of the 1920 px canvas
            .Position(2100, 80)
            .Size(900, 120)
            .Fill("white")                                           // AIS0013: not a colour the service reads
            .Opacity(150)))                                          // AIS0004: opacity is 1 to 100
    .Scene(s => s
        .Avatar("M000045058", a => a.Position(1500, 800))            // AIS0002: most of the avatar below the canvas
        .ScriptMarkup("<p>Our <b>new</b> product</p>")              // AIS0010: only <p> and <span> are allowed
        .Image("/images/logo.png", i => i.Id("logo").Layer(5).Size(300, 300))
        .Image("/images/badge.png", i => i.Id("logo")                 // AIS0006: the id is taken in this scene
            .Layer(5)                                                // AIS0005: two clips on layer 5
            .Size(0, 120)))                                          // AIS0003: a width of 0 draws nothing
    .Build();

using var client = new AiStudiosClient("my-app-id", "my-user-key"); // AIS0014 (twice): keys in source code
Console.WriteLine(project.ToJson(indented: true));
#else
Console.WriteLine("This sample holds mistakes on purpose. Build it with -p:BuildBrokenSample=true to see the diagnostics.");
#endif
