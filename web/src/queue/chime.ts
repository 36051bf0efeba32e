/** A two-tone chime and the call read aloud; both are best-effort (autoplay rules may block them). */
export function chime(): void {
  try {
    const Context = window.AudioContext;
    if (!Context) return;
    const audio = new Context();
    [880, 660].forEach((frequency, i) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      gain.connect(audio.destination);
      const start = audio.currentTime + i * 0.35;
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.33);
      oscillator.start(start);
      oscillator.stop(start + 0.35);
    });
    window.setTimeout(() => void audio.close(), 1200);
  } catch {
    // no sound on this device
  }
}

export function speak(text: string, lang: 'zh-CN' | 'en'): void {
  try {
    if (!('speechSynthesis' in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang === 'en' ? 'en-US' : 'zh-CN';
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  } catch {
    // no speech on this device
  }
}
