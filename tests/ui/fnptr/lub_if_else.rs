fn up(x: i32) -> i32 {
    x + 1
}

fn down(x: i32) -> i32 {
    x - 1
}

fn choose(go_up: bool) -> i32 {
    let step = if go_up { up } else { down };
    step(10)
}

fn main() {
    println!("{} {}", choose(true), choose(false));
}
