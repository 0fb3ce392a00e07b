namespace BlindSpot.EarlyWarning;

/// <summary>Expected effect of reaching out at every first alert, per 1,000 sessions.</summary>
public sealed record InterventionOutcome(int MaxK, double AlertShare, double SuccessRate, double RecoveredPer1000,
                                         double FalseAlarmsPer1000, double AbandonedPer1000, double AbandonedAfterPer1000)
{
    /// <summary>Recovered minus <paramref name="falseAlarmCost"/> per false alarm (the cost of an unneeded check-in, in recovered sessions).</summary>
    public double Net(double falseAlarmCost) => RecoveredPer1000 - falseAlarmCost * FalseAlarmsPer1000;
}

/// <summary>
/// Intervention arithmetic: an outreach at the first alert keeps an abandoner with probability r (the success rate);
/// an alert on a session that would not have been abandoned is a false alarm (it may still be a failing,
/// escalating session, but the outreach does not prevent an abandonment). Expected values, no random draw:
/// recovered = 1000 · r · alerted abandoners / sessions; false alarms = 1000 · alerted others / sessions.
/// </summary>
public static class Intervention
{
    public static InterventionOutcome Evaluate(AlertSummary alerts, double successRate)
    {
        if (successRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(successRate), "A success rate is in [0, 1].");
        var per1000 = 1000.0 / alerts.Sessions;
        var recovered = successRate * alerts.AlertedAbandoners * per1000;
        var abandoned = alerts.Abandoners * per1000;
        return new InterventionOutcome(alerts.MaxK, alerts.AlertShare, successRate, recovered, alerts.AlertedOthers * per1000,
                                       abandoned, abandoned - recovered);
    }
}
