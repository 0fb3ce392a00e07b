namespace BlindSpot.Simulation.Export;

/// <summary>
/// Writes a synthetic chat-platform export with the traits of real exports of a deployed support bot with human
/// handoff (greeting-only files, visits split by silences and "Start over", menus repeated word for word, fallbacks,
/// handoffs and re-explanations, late ratings, other languages, personal data in the text), so that the import can be
/// tested without anybody's real conversations. Every person, address and number in it is invented.
/// <para>Into <c>folder</c> (new or empty): <c>export/</c> with one CSV per conversation, <c>mapping.json</c> (the
/// import mapping for it) and <c>truth.json</c> (what was planted), beside <c>export/</c> so that the import reads
/// only conversations. The same options give byte-identical files; <c>truth.json</c> is written last, so a folder
/// with it is complete.</para>
/// </summary>
public static class WebchatFixture
{
    public const string ExportFolder = "export";

    public static WebchatFixtureTruth Write(WebchatFixtureOptions options, string folder)
    {
        options.Validate();
        RefuseUsedFolder(folder);
        var export = Path.Combine(folder, ExportFolder);
        Directory.CreateDirectory(export);

        var languages = WebchatLanguageMix.Default;
        var tally = new WebchatTruthTally();
        foreach (var slot in WebchatFixturePlan.Make(options, languages))
        {
            var rows = WebchatConversation.Generate(slot, options.Seed, languages);
            WebchatCsv.Write(Path.Combine(export, slot.FileName), rows);
            tally.Add(slot, rows);
        }

        File.WriteAllText(Path.Combine(folder, WebchatFixtureMapping.FileName), WebchatFixtureMapping.Json);
        var truth = tally.Result(options);
        using (var stream = File.Create(Path.Combine(folder, WebchatFixtureTruth.FileName))) truth.WriteJson(stream);
        return truth;
    }

    /// <summary>Never mixes a fixture with other files: the folder must not exist or be empty.</summary>
    private static void RefuseUsedFolder(string folder)
    {
        if (File.Exists(folder)) throw new IOException($"{Path.GetFullPath(folder)} is a file: the fixture needs a new or empty folder.");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new IOException($"{Path.GetFullPath(folder)} is not empty: the fixture is written only into a new or empty folder.");
    }
}
