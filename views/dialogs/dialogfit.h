#pragma once

class QWidget;

namespace sd {

// Grows a dialog to the height its layout needs at its current width. Wrapped error labels that appear
// under fields need more height than the dialog's size hint promised, and Qt does not re-ask by itself.
void growToFit(QWidget *dialog);

} // namespace sd
