// A small state machine stepped by `while let` until it reaches the final state.
#[derive(Clone, Copy)]
enum State {
    Running(u32),
    Done,
}

fn step(s: State) -> State {
    match s {
        State::Running(n) if n >= 3 => State::Done,
        State::Running(n) => State::Running(n + 1),
        State::Done => State::Done,
    }
}

fn main() {
    let mut s = State::Running(0);
    while let State::Running(n) = s {
        println!("step {n}");
        s = step(s);
    }
    println!("finished");
}
