package io.steward.app.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The one place banners show: at most one at a time, so they never stack up and push the page down. A banner
 * is active while its own {@code visible} is true (banners hide themselves when dismissed or done); the newest
 * active one shows, and when it goes the next newest active one comes back.
 */
public final class BannerArea {
    private final StackPane root = new StackPane();
    private final List<Node> banners = new ArrayList<>();

    public BannerArea() {
        root.setId("bannerArea");
        root.getStyleClass().add("banner-area");
        update();
    }

    public Node node() {
        return root;
    }

    /** Adds a banner (it shows when it is the newest active one); adding it again only moves it to the front. */
    public void add(Node banner) {
        if (banners.remove(banner)) {
            update();
            banners.add(banner);
            update();
            return;
        }
        banners.add(banner);
        banner.visibleProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The banner showing, or null. */
    public Node showing() {
        return root.getChildren().isEmpty() ? null : root.getChildren().get(0);
    }

    private void update() {
        Node top = null;
        for (int i = banners.size() - 1; i >= 0 && top == null; i--) {
            if (banners.get(i).isVisible()) {
                top = banners.get(i);
            }
        }
        if (top == null) {
            root.getChildren().clear();
        } else if (root.getChildren().size() != 1 || root.getChildren().get(0) != top) {
            root.getChildren().setAll(top);
        }
        boolean any = top != null;
        root.setVisible(any);
        root.setManaged(any);
    }
}
