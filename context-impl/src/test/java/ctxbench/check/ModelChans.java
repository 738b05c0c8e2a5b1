package ctxbench.check;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Received;
import ctxbench.runtime.Select;

/** The model under test: {@link GoChan} over {@link Chan}, {@link Select} and {@link Case}. */
public final class ModelChans implements GoChan.Impl {
    /** The one instance; it has no state. */
    public static final ModelChans INSTANCE = new ModelChans();

    private ModelChans() {}

    @Override
    public String name() {
        return "model";
    }

    @Override
    public GoChan make(int capacity) {
        return new Adapter(Chan.make(capacity));
    }

    @Override
    public GoChan.Selected select(boolean withDefault, GoChan a, Integer sendToA, GoChan b, Integer sendToB) {
        Case<Integer> ca = toCase(a, sendToA);
        Case<Integer> cb = toCase(b, sendToB);
        int i = withDefault ? Select.selectOrDefault(ca, cb) : Select.select(ca, cb);
        if (i == Select.DEFAULT) {
            return GoChan.Selected.DEFAULT;
        }
        Case<Integer> chosen = i == 0 ? ca : cb;
        boolean isSend = (i == 0 ? sendToA : sendToB) != null;
        return isSend ? new GoChan.Selected(i, null, false) : new GoChan.Selected(i, chosen.value(), chosen.ok());
    }

    private static Case<Integer> toCase(GoChan c, Integer sendValue) {
        Chan<Integer> chan = ((Adapter) c).chan;
        return sendValue == null ? Case.recv(chan) : Case.send(chan, sendValue);
    }

    /** One model channel behind the {@link GoChan} interface. */
    private record Adapter(Chan<Integer> chan) implements GoChan {
        @Override
        public void send(int v) {
            chan.send(v);
        }

        @Override
        public Received<Integer> recv() {
            return chan.recvOk();
        }

        @Override
        public boolean trySend(int v) {
            return chan.trySend(v);
        }

        @Override
        public Received<Integer> tryRecv() {
            return chan.tryRecv();
        }

        @Override
        public void close() {
            chan.close();
        }

        @Override
        public int len() {
            return chan.len();
        }
    }
}
