// An enum declared inside a function, matched there.
fn main() {
    enum Dir {
        Up,
        Down(u8),
    }
    fn name(d: Dir) -> &'static str {
        match d {
            Dir::Up => "up",
            Dir::Down(0) => "stay",
            Dir::Down(_) => "down",
        }
    }
    println!("{}", name(Dir::Up));
    println!("{}", name(Dir::Down(0)));
    println!("{}", name(Dir::Down(2)));
}
