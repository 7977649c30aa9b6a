fn main() {
    let (tx, rx) = std::sync::mpsc::channel::<u8>();
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx);
    let total: u32 = rx.iter().map(|b| b as u32).sum();
    println!("total {}", total);
}
