package ctxbench.check.mutant;

import ctxbench.check.GoChan;
import ctxbench.runtime.Received;

/** {@link GoChan} over {@link MutantChan} and {@link MutantSelect}, with one {@link Mutation} seeded. */
public final class MutantChans implements GoChan.Impl {
    private final Mutation mutation;

    /** Channels made by this implementation carry {@code mutation}. */
    public MutantChans(Mutation mutation) {
        this.mutation = mutation;
    }

    @Override
    public String name() {
        return "mutant " + mutation;
    }

    @Override
    public GoChan make(int capacity) {
        return new Adapter(new MutantChan<>(capacity, mutation));
    }

    @Override
    public GoChan.Selected select(boolean withDefault, GoChan a, Integer sendToA, GoChan b, Integer sendToB) {
        MutantCase<Integer> ca = toCase(a, sendToA);
        MutantCase<Integer> cb = toCase(b, sendToB);
        int i = withDefault ? MutantSelect.selectOrDefault(ca, cb) : MutantSelect.select(ca, cb);
        if (i == MutantSelect.DEFAULT) {
            return GoChan.Selected.DEFAULT;
        }
        MutantCase<Integer> chosen = i == 0 ? ca : cb;
        boolean isSend = (i == 0 ? sendToA : sendToB) != null;
        return isSend ? new GoChan.Selected(i, null, false) : new GoChan.Selected(i, chosen.value(), chosen.ok());
    }

    private static MutantCase<Integer> toCase(GoChan c, Integer sendValue) {
        MutantChan<Integer> chan = ((Adapter) c).chan;
        return sendValue == null ? MutantCase.recv(chan) : MutantCase.send(chan, sendValue);
    }

    /** One mutant channel behind the {@link GoChan} interface. */
    private record Adapter(MutantChan<Integer> chan) implements GoChan {
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
