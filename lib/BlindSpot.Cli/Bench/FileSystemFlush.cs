using System.ComponentModel;
using System.Diagnostics;

namespace BlindSpot.Cli.Bench;

/// <summary>
/// Before a stage is timed, what earlier stages wrote goes to disk: otherwise the kernel writes a gigabyte of simulated
/// log back while the next stage runs, and that stage is charged for it.
/// </summary>
internal static class FileSystemFlush
{
    public static void WrittenDataToDisk()
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (Win32Exception)
        {
            // no sync command: the stage is timed as it comes
        }
    }
}
