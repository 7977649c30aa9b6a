// A `for` over an array inside another loop moves the array in its first round.
struct Guest {
    seat: u32,
}

fn main() {
    let guests = [Guest { seat: 4 }, Guest { seat: 9 }];
    for round in 1..3 {
        for g in guests {
            println!("round {}: seat {}", round, g.seat);
        }
    }
}
