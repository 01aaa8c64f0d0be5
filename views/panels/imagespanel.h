#pragma once

#include "core/requestcontext.h"
#include "image/image.h"
#include "models/imagemodel.h"

#include "panel.h"

class QComboBox;
class QTableView;

namespace sd {

class Engine;
class FilterEdit;
class ImageActions;
class ImageFilterProxy;
class ItemCountLabel;

// Project › Compute › Images (the images the user's project can use) and Admin › Compute › Images
// (every image, with its owner): the filter and Horizon's quick filter, the table with its actions, and
// a double-click for an image's details.
class ImagesPanel : public Panel
{
    Q_OBJECT

public:
    ImagesPanel(Engine &engine, const RequestContext &ctx, ImageModel::Scope scope,
                QWidget *parent = nullptr);

    ImageModel *model() const { return m_model; }
    ImageFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    ImageActions *actions() const { return m_actions; }
    FilterEdit *filterEdit() const { return m_filter; }
    QComboBox *quickFilter() const { return m_quick; }
    ItemCountLabel *countLabel() const { return m_count; }

    // Selects the rows of the named images (tests, and the new image after Create).
    void selectImages(const QStringList &names);
    QList<Image> selectedImages() const;

private:
    void selectionChanged();

    ImageModel *m_model;
    ImageFilterProxy *m_proxy;
    QTableView *m_view;
    ImageActions *m_actions;
    FilterEdit *m_filter;
    QComboBox *m_quick;
    ItemCountLabel *m_count;
};

} // namespace sd
