#pragma once

class QApplication;

namespace sd {

// StackDesk's look: Fusion with a light, restrained palette and one accent colour, so the application
// looks the same on every desktop (and on a bare Xvfb).
namespace Theme {
void apply(QApplication &app);
}

} // namespace sd
