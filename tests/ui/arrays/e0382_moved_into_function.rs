// Passing a non-Copy array to a function moves it.
#[derive(Debug)]
struct Note {
    pitch: u8,
}

fn play(notes: [Note; 2]) -> u8 {
    notes[0].pitch + notes[1].pitch
}

fn main() {
    let tune = [Note { pitch: 60 }, Note { pitch: 64 }];
    println!("{}", play(tune));
    println!("{}", tune.len());
}
