"""A `recv` that real rustc would block on, in Ferrite's run-at-spawn schedule
(interp/shims_chan.py): rustc's program hangs, so these cannot be UI cases. The machine
must answer at once: a deadlock on the main thread, an honest refusal on a spawned one."""

from __future__ import annotations

from toolchain.api import execute

DEADLOCK = """use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(1).unwrap();
    for v in rx {
        println!("{}", v);
    }
    println!("never");
}
"""

SPAWNED_WAITS = """use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(move || {
        let v = rx.recv().unwrap();
        println!("{}", v);
    });
    tx.send(5).unwrap();
    h.join().unwrap();
}
"""


def test_recv_with_live_sender_on_main_is_a_deadlock():
    run = execute(DEADLOCK)["run"]
    assert run["stdout"] == "1\n"
    assert "would wait forever" in run["stderr"] and "(a deadlock)" in run["stderr"]
    assert run["exit_code"] == 124


def test_spawned_thread_waiting_for_main_is_refused_at_the_call():
    run = execute(SPAWNED_WAITS)["run"]
    assert run["stdout"] == ""
    lines = run["stderr"].lstrip("\n").splitlines()
    assert lines[0].startswith("error: Ferrite does not support a thread waiting on a channel")
    assert lines[1].endswith("main.rs:7:17")
    assert run["exit_code"] == 124
