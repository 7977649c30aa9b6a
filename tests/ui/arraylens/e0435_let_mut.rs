fn main() {
    let mut players = 2;
    players += 1;
    let hands = [0u8; players];
    println!("{:?}", hands);
}
