fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn apply<F: Fn(u32) -> u32>(f: F, x: u32) -> u32 {
    f(x)
}

fn main() {
    let mut hits = 0;
    let mut bump = || hits += 1;
    call_twice(&mut bump);
    call_twice(&mut bump);
    bump();
    println!("hits = {}", hits);
    let square = |x: u32| x * x;
    println!("{} {}", apply(&square, 3), apply(&&square, 4));
    let shout = || println!("hey");
    call_twice(&shout);
    println!("{}", square(5));
}
