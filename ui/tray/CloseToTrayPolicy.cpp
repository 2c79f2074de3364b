#include "ui/tray/CloseToTrayPolicy.h"

namespace cf {

CloseToTrayPolicy::Decision CloseToTrayPolicy::decide(const Situation &situation)
{
    if (situation.quitChosen || situation.waitingTargets <= 0)
        return Decision::Quit;
    if (situation.trayAvailable && situation.keepPublishingSetting)
        return Decision::HideToTray;
    // With the setting off the owner asked not to keep running; still warn
    // when nothing else will publish the waiting items before the next start.
    return Decision::AskBeforeQuitting;
}

bool CloseToTrayPolicy::shouldExplain(Decision decision, bool alreadyExplained)
{
    return decision == Decision::HideToTray && !alreadyExplained;
}

} // namespace cf
