#pragma once

namespace cf {

// What closing the main window does while publishing runs in this process.
// Kept apart from the widgets so the rule can be tested where no system
// tray exists (offscreen tests, some Linux desktops).
//
// - The owner chose Quit (menu, tray): quit.
// - A tray exists, "Keep publishing when the window is closed" is on and
//   items wait: hide the window, keep publishing; the first time, say so.
// - No tray but items wait: ask, because the items would only go out at
//   the next start.
// - Otherwise: quit.
class CloseToTrayPolicy
{
public:
    enum class Decision { Quit, HideToTray, AskBeforeQuitting };

    struct Situation
    {
        bool quitChosen = false;
        bool trayAvailable = false;
        bool keepPublishingSetting = true;
        int waitingTargets = 0;
    };

    static Decision decide(const Situation &situation);
    // The one-time explanation is due when hiding and not yet shown.
    static bool shouldExplain(Decision decision, bool alreadyExplained);
};

} // namespace cf
