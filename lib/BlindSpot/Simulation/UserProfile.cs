namespace BlindSpot.Simulation;

/// <summary>The latent behavioural profile of a simulated user. Never written to the turn log.</summary>
public enum UserProfile
{
    /// <summary>Keeps trying through failures, then asks for a human.</summary>
    Persister,
    /// <summary>Disengages early: sentiment drops at turns 2–3 and they leave with few failures.</summary>
    SilentAbandoner,
    /// <summary>Patient; confirms when the bot solves the problem.</summary>
    Satisfied,
    /// <summary>Gets the answer and leaves without confirming: a success that looks like abandonment.</summary>
    SilentSuccess,
}

public static class UserProfileNames
{
    public static string ToSnakeCase(this UserProfile profile) => profile switch
    {
        UserProfile.Persister => "persister",
        UserProfile.SilentAbandoner => "silent_abandoner",
        UserProfile.Satisfied => "satisfied",
        UserProfile.SilentSuccess => "silent_success",
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };
}
