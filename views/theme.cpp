#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace sd::Theme {

namespace {
// Object names the style sheet styles; set by HeaderBar, NavigationTree and the panels.
const char *kStyleSheet = R"(
#HeaderBar { background: #1e293b; }
#HeaderBar QLabel { color: #f8fafc; }
#HeaderBar #ProductName { font-size: 15px; font-weight: 600; }
#HeaderBar #ProjectLabel { color: #cbd5e1; }
#HeaderBar QComboBox { min-width: 140px; padding: 3px 8px; }
#HeaderBar QToolButton { color: #f8fafc; border: 1px solid #475569; border-radius: 4px; padding: 4px 10px; }
#HeaderBar QToolButton:hover { background: #334155; }
#HeaderBar QToolButton::menu-indicator { subcontrol-position: right center; subcontrol-origin: padding; right: 4px; }
#HeaderBar #UserMenuButton { padding-right: 20px; }
#NavigationTree { background: #f1f5f9; border: none; border-right: 1px solid #e2e8f0; }
#NavigationTree::item { padding: 5px 2px; }
#NavigationTree::item:selected { background: #dbeafe; color: #1e3a8a; }
#PanelTitle { font-size: 18px; font-weight: 600; color: #0f172a; }
#PanelBreadcrumb { color: #64748b; }
#SectionTitle { font-size: 13px; font-weight: 600; color: #334155; }
#CountLabel { color: #64748b; }
#FieldError { color: #b91c1c; }
#HintLabel { color: #64748b; }
#DetailsPane { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
#SummaryBox { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
#DonutTitle { font-weight: 600; color: #334155; }
#DonutCaption { color: #475569; }
#NotificationBanner { background: #fffbeb; border: 1px solid #f59e0b; border-radius: 6px; }
#NotificationBanner QLabel { color: #78350f; }
#WarningBox { background: #fffbeb; border: 1px solid #f59e0b; border-radius: 6px; color: #78350f; padding: 8px; }
QTableView { gridline-color: #e2e8f0; selection-background-color: #dbeafe; selection-color: #0f172a; }
QHeaderView::section { background: #f8fafc; border: none; border-bottom: 1px solid #e2e8f0;
                       border-right: 1px solid #eef2f7; padding: 5px 6px; font-weight: 600; color: #334155; }
QToolBar { border: none; spacing: 4px; }
)";
} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::WindowText, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Button, QColor(0xf1, 0xf5, 0xf9));
    p.setColor(QPalette::ButtonText, QColor(0x0f, 0x17, 0x2a));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1e, 0x29, 0x3b));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x94, 0xa3, 0xb8));
    p.setColor(QPalette::Link, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x94, 0xa3, 0xb8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x94, 0xa3, 0xb8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x94, 0xa3, 0xb8));
    app.setPalette(p);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

} // namespace sd::Theme
