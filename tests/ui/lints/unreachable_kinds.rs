//@ mode: run
// What rustc's type checker calls unreachable: after return, break, continue,
// panic!, a `loop` without break, an `if` whose branches all return, a call whose
// argument returns; only the first unreachable code of a stretch.
fn after_if(n: u32) -> u32 {
    if n > 3 { return 1; } else { return 2; }
    n
}
fn after_panic(n: u32) -> u32 {
    if n > 100 {
        panic!("too big");
        println!("after");
        println!("again");
    }
    n
}
fn after_loop() -> u32 {
    loop {}
    3
}
fn in_loops(n: u32) {
    for _i in 0..n {
        continue;
        println!("skipped");
    }
    while n > 2 {
        break;
        println!("never");
    }
}
fn in_call(n: u32) -> u32 {
    after_if(return n + 1) + n
}
fn in_block(n: u32) -> u32 {
    let _x = { return n; };
    7
}

fn main() {
    println!("{} {}", after_if(1), after_panic(2));
    in_loops(1);
    println!("{} {}", in_call(1), in_block(4));
    if false {
        after_loop();
    }
}
